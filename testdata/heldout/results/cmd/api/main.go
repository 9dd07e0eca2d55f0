// Command api wires the Results API server (trimmed from upstream
// cmd/api/main.go:53, :171, :275). The gorm Postgres dialector
// (gorm.io/driver/postgres, not in the module) is left to the caller.
package main

import (
	"log"

	"gorm.io/gorm"

	// Registers the 23505 -> codes.AlreadyExists translation of errors.Wrap.
	_ "example.com/heldout/results/pkg/api/server/db/errors/postgres"
	v1alpha2 "example.com/heldout/results/pkg/api/server/v1alpha2"
)

// dialector stands for postgres.Open(dbURI) of gorm.io/driver/postgres.
var dialector gorm.Dialector

func main() {
	db, err := gorm.Open(dialector, &gorm.Config{})
	if err != nil {
		log.Fatalf("failed to open the results.db: %v", err)
	}
	if _, err := v1alpha2.New(db, true); err != nil {
		log.Fatalf("failed to create server: %v", err)
	}
}
