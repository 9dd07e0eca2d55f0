package models

// Reproduces backend/models/setup.go (the slog-gorm logger setup is trimmed;
// gorm.io/driver/postgres is a stand-in, see digger/pkg/driver/postgres).

import (
	"log/slog"
	"os"

	"example.com/heldout/digger/pkg/driver/postgres"
	"gorm.io/gorm"
)

type Database struct {
	GormDB *gorm.DB
}

var DEFAULT_ORG_NAME = "digger"

// var DB *gorm.DB
var DB *Database

// ConnectDatabase reproduces backend/models/setup.go:23-55. It runs at the
// start of every process that uses the database: the backend and ee backend
// (bootstrap.Bootstrap), drift, ee/drift and every projects-refresh-service job.
func ConnectDatabase() {
	database, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	if err != nil {
		slog.Error("Failed to connect to database", "error", err)
		panic("Failed to connect to database!")
	}

	DB = &Database{GormDB: database}

	// data and fixtures added
	// Site R20: on an empty database two processes starting together both get nil and both insert
	// ("", "digger"); the loser fails on idx_external_source (external_source, external_id) and only logs.
	orgNumberOne, err := DB.GetOrganisation(DEFAULT_ORG_NAME) // race; no unique key: GetOrganisation looks up external_id alone; organisations has UNIQUE idx_external_source on (external_source, external_id) (20231227132525.sql:103, orgs.go tags) but no unique index on external_id
	if orgNumberOne == nil {
		slog.Info("No default organization found, creating default organisation", "name", DEFAULT_ORG_NAME)
		_, err := DB.CreateOrganisation("digger", "", DEFAULT_ORG_NAME, nil)
		if err != nil {
			slog.Error("Failed to create default organization", "error", err)
		}
	}
}
