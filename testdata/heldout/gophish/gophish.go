// Command gophish reproduces the start-up order of gophish.go: models.Setup
// (which creates the admin user) runs once per process before the admin and
// phishing servers start. --mode admin|phish|all (gophish.go:124-130) lets the
// two servers run as two processes on one database, each running Setup.
package main

import (
	"flag"

	log "example.com/heldout/gophish/logger"
	"example.com/heldout/gophish/models"
	"example.com/heldout/gophish/worker"
)

func main() {
	mode := flag.String("mode", "all", "Run the binary in one of the modes (admin, phish or all)")
	dbName := flag.String("db_name", "sqlite3", "database driver")
	dbPath := flag.String("db_path", "gophish.db", "database path")
	flag.Parse()

	err := models.Setup(&models.Config{DBName: *dbName, DBPath: *dbPath})
	if err != nil {
		log.Fatal(err)
	}
	if *mode == "admin" || *mode == "all" {
		w := &worker.DefaultWorker{}
		go w.Start()
	}
	select {}
}
