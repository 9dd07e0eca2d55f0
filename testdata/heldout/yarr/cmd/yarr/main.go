// Command yarr reproduces the start-up path of cmd/yarr/main.go of
// nkanaev/yarr (trimmed to the storage and server set-up): storage.New runs
// the schema migrations once, before the server and its worker start.
package main

import (
	"flag"
	"log"

	"example.com/heldout/yarr/src/server"
	"example.com/heldout/yarr/src/storage"
	"example.com/heldout/yarr/src/worker"
)

var Version string = "0.0"

func main() {
	var addr, db string
	flag.StringVar(&addr, "addr", "127.0.0.1:7070", "address to run server on")
	flag.StringVar(&db, "db", "storage.db", "storage file path or postgres:// URL")
	flag.Parse()

	store, err := storage.New(db)
	if err != nil {
		log.Fatal("Failed to initialise database: ", err)
	}

	worker.SetVersion(Version)
	srv := server.NewServer(store, addr)

	log.Printf("starting server at %s", srv.GetAddr())
	srv.Start()
}
