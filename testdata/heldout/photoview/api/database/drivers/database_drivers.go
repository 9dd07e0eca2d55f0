// Package drivers is api/database/drivers/database_drivers.go (reduced).
package drivers

import (
	"os"
	"strings"

	"gorm.io/gorm"
)

// DatabaseDriverType is api/database/drivers/database_drivers.go:11.
type DatabaseDriverType string

const (
	MYSQL    DatabaseDriverType = "mysql"
	SQLITE   DatabaseDriverType = "sqlite"
	POSTGRES DatabaseDriverType = "postgres"
)

// DatabaseDriverFromEnv is api/database/drivers/database_drivers.go:19.
func DatabaseDriverFromEnv() DatabaseDriverType {
	switch strings.ToLower(os.Getenv("PHOTOVIEW_DATABASE_DRIVER")) {
	case "sqlite":
		return SQLITE
	case "postgres":
		return POSTGRES
	default:
		return MYSQL
	}
}

// MatchDatabase is api/database/drivers/database_drivers.go:38.
func (driver DatabaseDriverType) MatchDatabase(db *gorm.DB) bool {
	return db.Dialector.Name() == string(driver)
}
