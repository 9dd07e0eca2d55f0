// Package config reproduces the fields of pkg/config/env.go used here.
package config

// Config reproduces pkg/config/env.go (trimmed).
var Config = struct {
	DBDriver                        string // env FLAGR_DB_DBDRIVER, default "sqlite3" (env.go:98)
	DBConnectionStr                 string // env FLAGR_DB_DBCONNECTIONSTR, default "flagr.sqlite" (env.go:99)
	NotificationDetailedDiffEnabled bool   // env.go:261
}{
	DBDriver:        "sqlite3",
	DBConnectionStr: "flagr.sqlite",
}
