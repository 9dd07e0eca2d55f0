// Reduced copy of app.go of github.com/writefreely/writefreely at
// 6384f4667b5adb3a7c571c8da26b99f93db697ce: the App, the database connection
// and the CLI CreateUser.

package writefreely

import (
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"time"

	"example.com/heldout/writefreely/author"
	"example.com/heldout/writefreely/config"
	"example.com/heldout/writefreely/third_party/auth"
	"example.com/heldout/writefreely/third_party/log"
	"example.com/heldout/writefreely/third_party/sessions"
)

const (
	serverSoftware = "WriteFreely"
)

var (
	debugging bool

	// SQLiteEnabled is database.go:53.
	SQLiteEnabled bool
)

// App is app.go:68 (reduced).
type App struct {
	cfg          *config.Config
	db           *datastore
	sessionStore sessions.Store
}

// Apper is app.go:127 (reduced).
type Apper interface {
	App() *App
	LoadConfig() error
}

// App returns the App.
func (app *App) App() *App {
	return app
}

// LoadConfig loads the configuration (reduced).
func (app *App) LoadConfig() error {
	return nil
}

// Config returns the App's configuration.
func (app *App) Config() *config.Config {
	return app.cfg
}

// ServerUserAgent is app.go:997 (reduced).
func ServerUserAgent(hostName string) string {
	hostUAStr := ""
	if hostName != "" {
		hostUAStr = "; +" + hostName
	}
	return "Go (" + serverSoftware + hostUAStr + ")"
}

// connectToDatabase is app.go:838. MySQL gets a pool of 50 connections,
// SQLite (cached=shared) a pool of 2: lookups and inserts of concurrent
// requests interleave on both.
func connectToDatabase(app *App) {
	log.Info("Connecting to %s database...", app.cfg.Database.Type)

	var db *sql.DB
	var err error
	if app.cfg.Database.Type == driverMySQL {
		db, err = sql.Open(app.cfg.Database.Type, fmt.Sprintf("%s:%s@tcp(%s:%d)/%s?charset=utf8mb4&parseTime=true&loc=%s&tls=%t", app.cfg.Database.User, app.cfg.Database.Password, app.cfg.Database.Host, app.cfg.Database.Port, app.cfg.Database.Database, url.QueryEscape(time.Local.String()), app.cfg.Database.TLS))
		db.SetMaxOpenConns(50)
	} else if app.cfg.Database.Type == driverSQLite {
		if !SQLiteEnabled {
			log.Error("Invalid database type '%s'. Binary wasn't compiled with SQLite3 support.", app.cfg.Database.Type)
			os.Exit(1)
		}
		if app.cfg.Database.FileName == "" {
			log.Error("SQLite database filename value in config.ini is empty.")
			os.Exit(1)
		}
		db, err = sql.Open("sqlite3_with_regex", app.cfg.Database.FileName+"?parseTime=true&cached=shared")
		db.SetMaxOpenConns(2)
	} else {
		log.Error("Invalid database type '%s'. Only 'mysql' and 'sqlite3' are supported right now.", app.cfg.Database.Type)
		os.Exit(1)
	}
	if err != nil {
		log.Error("%s", err)
		os.Exit(1)
	}
	app.db = &datastore{db, app.cfg.Database.Type}
}

// shutdown is app.go:868 (reduced).
func shutdown(app *App) {
	log.Info("Closing database connection...")
	app.db.Close()
}

// CreateUser is app.go:884, run by `writefreely --create-admin` /
// `--create-user` (cmd/writefreely/main.go:145, :151; user.go:73).
// CreateUser creates a new admin or normal user from the given credentials.
func CreateUser(apper Apper, username, password string, isAdmin bool) error {
	// Create an admin user with --create-admin
	apper.LoadConfig()
	connectToDatabase(apper.App())
	defer shutdown(apper.App())

	// Ensure an admin / first user doesn't already exist
	firstUser, _ := apper.App().db.GetUserByID(1) // safe: one-shot CLI command (cmd/writefreely), single-threaded; the user is then inserted under its UNIQUE username (collision -> 409 from CreateUser), not under id 1
	if isAdmin {
		// Abort if trying to create admin user, but one already exists
		if firstUser != nil {
			return fmt.Errorf("Admin user already exists (%s). Create a regular user with: writefreely --create-user", firstUser.Username)
		}
	} else {
		// Abort if trying to create regular user, but no admin exists yet
		if firstUser == nil {
			return fmt.Errorf("No admin user exists yet. Create an admin first with: writefreely --create-admin")
		}
	}

	// Create the user
	// Normalize and validate username
	desiredUsername := username
	username = getSlug(username, "")

	usernameDesc := username
	if username != desiredUsername {
		usernameDesc += " (originally: " + desiredUsername + ")"
	}

	if !author.IsValidUsername(apper.App().cfg, username) {
		return fmt.Errorf("Username %s is invalid, reserved, or shorter than configured minimum length (%d characters).", usernameDesc, apper.App().cfg.App.MinUsernameLen)
	}

	// Hash the password
	hashedPass, err := auth.HashPass([]byte(password))
	if err != nil {
		return fmt.Errorf("Unable to hash password: %v", err)
	}

	u := &User{
		Username:   username,
		HashedPass: hashedPass,
		Created:    time.Now().Truncate(time.Second).UTC(),
	}

	userType := "user"
	if isAdmin {
		userType = "admin"
	}
	log.Info("Creating %s %s...", userType, usernameDesc)
	err = apper.App().db.CreateUser(apper.App().Config(), u, desiredUsername, "")
	if err != nil {
		return fmt.Errorf("Unable to create user: %s", err)
	}
	log.Info("Done!")
	return nil
}
