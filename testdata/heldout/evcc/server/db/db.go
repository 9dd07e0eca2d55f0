package db

import (
	"fmt"
	"strings"

	"example.com/heldout/evcc/third_party/github.com/libtnb/sqlite"
	"example.com/heldout/evcc/util"
	"gorm.io/gorm"
)

var Instance *gorm.DB

// New opens the database (upstream server/db/db.go:28; trimmed of the
// pragma/path handling, which adds busy_timeout(5000), foreign_keys(1)).
func New(driver, dsn string) (*gorm.DB, error) {
	var dialect gorm.Dialector

	switch driver {
	case "sqlite":
		connectionStr := dsn + "?_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)&_pragma=auto_vacuum(INCREMENTAL)"

		util.NewLogger("main").INFO.Println("using sqlite database:", connectionStr)

		dialect = sqlite.Open(connectionStr)
	default:
		return nil, fmt.Errorf("invalid database type: %s not in [sqlite]", driver)
	}

	db, err := gorm.Open(dialect, &gorm.Config{})
	if err != nil {
		return nil, err
	}

	// sqlite allows a single writer; serialize on one connection so concurrent
	// writes wait on busy_timeout instead of failing with SQLITE_BUSY.
	if sqlDB, err := db.DB(); err == nil {
		sqlDB.SetMaxOpenConns(1)
	}

	return db, nil
}

func NewInstance(driver, dsn string) error {
	db, err := New(strings.ToLower(driver), dsn)
	if err != nil {
		return err
	}

	Instance = db

	mu.Lock()
	defer mu.Unlock()

	for _, f := range registry {
		if err := f(db); err != nil {
			return err
		}
	}

	return nil
}
