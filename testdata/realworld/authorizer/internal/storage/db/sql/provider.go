// Package sql reproduces authorizerdev/authorizer 4ad0758cebf4 internal/storage/db/sql (the GORM backend).
package sql

import (
	"example.com/realworld/authorizer/third_party/zerolog"
	"gorm.io/gorm"

	"example.com/realworld/authorizer/internal/config"
)

// Dependencies is internal/storage/db/sql/provider.go:20 (logger stand-in).
// Dependencies struct the sql data store provider
type Dependencies struct {
	Log *zerolog.Logger
}

// provider is internal/storage/db/sql/provider.go:24.
type provider struct {
	config       *config.Config
	dependencies *Dependencies
	db           *gorm.DB
}

// NewProvider is internal/storage/db/sql/provider.go:44 (driver selection,
// clearLegacyColumnUniqueness and AutoMigrate of the schemas package are
// trimmed; AutoMigrate is what creates the gorm-tag unique indexes).
// NewProvider returns a new SQL provider
func NewProvider(
	config *config.Config,
	deps *Dependencies,
	sqlDB *gorm.DB,
) (*provider, error) {
	return &provider{
		config:       config,
		dependencies: deps,
		db:           sqlDB,
	}, nil
}
