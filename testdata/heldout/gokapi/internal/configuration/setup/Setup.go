// Package setup reproduces the database path of upstream internal/configuration/setup/Setup.go:
// the setup webserver (RunIfFirstStart :60 / RunConfigModification :68 -> startSetupWebserver :106,
// net/http, one goroutine per request, no lock) and its POST /setup/setupResult handler.
package setup

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"example.com/heldout/gokapi/internal/configuration"
	"example.com/heldout/gokapi/internal/models"
)

var srv http.Server

// startSetupWebserver reproduces upstream :106 (static files, auth and TLS trimmed)
func startSetupWebserver() {
	mux := http.NewServeMux()
	mux.HandleFunc("/setup/setupResult", handleResult)
	srv = http.Server{Addr: "127.0.0.1:53842", Handler: mux}
	_ = srv.ListenAndServe()
}

// RunIfFirstStart checks if config files exist and if not start a blocking webserver for setup
func RunIfFirstStart() {
	startSetupWebserver()
}

// Handling of /setupResult (upstream :784; form parsing trimmed)
func handleResult(w http.ResponseWriter, r *http.Request) {
	newConfig := models.Configuration{DatabaseUrl: r.FormValue("dburl")}
	newConfig.Authentication.Username = r.FormValue("username")
	configuration.LoadFromSetup(newConfig, configuration.End2EndReconfigParameters{}, configuration.HashPassword(r.FormValue("password"), false, ""))
	w.WriteHeader(200)
	_, _ = w.Write([]byte("{ \"result\": \"OK\"}"))
	go func() {
		time.Sleep(1500 * time.Millisecond)
		err := srv.Shutdown(context.Background())
		if err != nil {
			fmt.Println(err)
		}
	}()
}
