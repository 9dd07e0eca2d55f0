// The golink server runs http://go/, a private shortlink service for tailnets.
//
// Reproduces cmd/golink/main.go of tailscale/golink at commit
// c4eca52fa35697a40a311cb6fa3b9b1c9b69705e.
package main

import (
	"log"

	"example.com/heldout/golink"
)

func main() {
	if err := golink.Run(); err != nil {
		log.Fatal(err)
	}
}
