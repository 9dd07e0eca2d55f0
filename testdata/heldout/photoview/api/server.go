// Command photoview reproduces the start-up order of api/server.go:34 main:
// MigrateDatabase (:52), InitializeScannerQueue (:62, whose GetSiteInfo
// creates the site_info row), InitializePeriodicScanner (:66), then the HTTP
// server (:135).
package main

import (
	"log"
	"net/http"

	"example.com/heldout/photoview/api/database"
	"example.com/heldout/photoview/api/routes"
	"example.com/heldout/photoview/api/scanner/periodic_scanner"
	"example.com/heldout/photoview/api/scanner/scanner_queue"
	"example.com/heldout/photoview/third_party/mux"
	"gorm.io/gorm"
)

// openDatabase stands in for api/database/database.go:113 SetupDatabase
// (MySQL, PostgreSQL or SQLite dialector, SetMaxOpenConns(80)).
var openDatabase = func() (*gorm.DB, error) { return nil, nil }

// main is api/server.go:34.
func main() {
	db, err := openDatabase()
	if err != nil {
		log.Panicf("Could not connect to database: %s\n", err)
	}

	// Migrate database
	if err := database.MigrateDatabase(db); err != nil {
		log.Panicf("Could not migrate database: %s\n", err)
	}

	if err := scanner_queue.InitializeScannerQueue(db); err != nil {
		log.Panicf("Could not initialize scanner queue: %s\n", err)
	}

	periodic_scanner.InitializePeriodicScanner(0)

	photoRouter := mux.NewRouter()
	routes.RegisterPhotoRoutes(db, photoRouter)

	videoRouter := mux.NewRouter()
	routes.RegisterVideoRoutes(db, videoRouter)

	mux := http.NewServeMux()
	mux.Handle("/api/photo/", http.StripPrefix("/api/photo", photoRouter))
	mux.Handle("/api/video/", http.StripPrefix("/api/video", videoRouter))

	if err := http.ListenAndServe(":4001", mux); err != nil && err != http.ErrServerClosed {
		log.Panicf("HTTP server failed: %s", err)
	}
}
