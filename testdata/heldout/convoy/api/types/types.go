// Package types is convoy's api/types, reduced to APIOptions.
package types

import (
	"example.com/heldout/convoy/database"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/pkg/license"
	log "example.com/heldout/convoy/pkg/logger"
)

type APIOptions struct {
	DB         database.Database
	Logger     log.Logger
	Licenser   license.Licenser
	ConfigRepo datastore.ConfigurationRepository
}
