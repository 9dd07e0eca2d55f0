// Command gokapi reproduces the start-up order of upstream cmd/gokapi/Main.go:49 (main): the
// deployment password and the traffic statistics are handled before the webserver starts.
package main

import (
	"os"

	"example.com/heldout/gokapi/internal/configuration"
	"example.com/heldout/gokapi/internal/configuration/setup"
	"example.com/heldout/gokapi/internal/logging/serverstats"
)

func main() {
	setup.RunIfFirstStart()
	configuration.Load()
	configuration.ConnectDatabase()
	if len(os.Args) > 1 {
		// upstream setDeploymentPassword (:224) -> configuration.SetDeploymentPassword, which exits
		configuration.SetDeploymentPassword(os.Args[1])
	}
	serverstats.Init()
	// upstream: go webserver.Start()
}
