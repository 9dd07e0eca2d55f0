// Package storage reproduces the parts of storage/scheme.go of
// github.com/gorse-io/gorse (commit 2f5e805274a6ee6a0af4c274129aae04b3c7cea9)
// that the SQL data store uses: table names and the GORM config.
package storage

import (
	"strings"

	"gorm.io/gorm"
	"gorm.io/gorm/logger"
	"gorm.io/gorm/schema"
)

const (
	MySQLPrefix      = "mysql://"
	PostgresPrefix   = "postgres://"
	PostgreSQLPrefix = "postgresql://"
	ClickhousePrefix = "clickhouse://"
	SQLitePrefix     = "sqlite://"
)

// TablePrefix reproduces storage/scheme.go:141.
type TablePrefix string

// UsersTable reproduces storage/scheme.go:163.
func (tp TablePrefix) UsersTable() string {
	return string(tp) + "users"
}

// ItemsTable reproduces storage/scheme.go:167.
func (tp TablePrefix) ItemsTable() string {
	return string(tp) + "items"
}

// FeedbackTable reproduces storage/scheme.go:176.
func (tp TablePrefix) FeedbackTable() string {
	return string(tp) + "feedback"
}

// NewGORMConfig reproduces storage/scheme.go:199 (SkipDefaultTransaction:
// no implicit transaction around a write; SQLUser/SQLItem map to the
// users/items tables).
func NewGORMConfig(tablePrefix string) *gorm.Config {
	return &gorm.Config{
		Logger:                 logger.Default.LogMode(logger.Silent),
		CreateBatchSize:        1000,
		SkipDefaultTransaction: true,
		NamingStrategy: schema.NamingStrategy{
			TablePrefix:   tablePrefix,
			SingularTable: true,
			NameReplacer: strings.NewReplacer(
				"SQLValue", "Values",
				"SQLSet", "Sets",
				"SQLUser", "Users",
				"SQLItem", "Items",
				"SQLFeedback", "Feedback",
				"SQLDocument", "Documents",
				"PostgresDocument", "Documents",
				"TimeSeriesPoint", "time_series_points",
				"ClickhouseUser", "Users",
				"ClickHouseItem", "Items",
				"ClickHouseFeedback", "Feedback",
			),
		},
	}
}
