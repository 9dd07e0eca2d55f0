// Package cli is convoy's internal/pkg/cli, reduced to App.
package cli

import (
	"example.com/heldout/convoy/database"
	log "example.com/heldout/convoy/pkg/logger"
)

type App struct {
	DB     database.Database
	Logger log.Logger
}
