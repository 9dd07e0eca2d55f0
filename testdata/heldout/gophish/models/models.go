package models

import (
	"fmt"
	"os"

	"example.com/heldout/gophish/auth"
	log "example.com/heldout/gophish/logger"
	"github.com/jinzhu/gorm"
)

// Reproduces models/models.go (upstream lines in the comments). The goose
// migration run (bitbucket.org/liamstask/goose, not in the held-out go.mod)
// and the MySQL TLS setup are trimmed; the schema it applies is copied
// verbatim under db/db_sqlite3/migrations and db/db_mysql/migrations.
// The database drivers (github.com/mattn/go-sqlite3,
// github.com/go-sql-driver/mysql) are blank imports upstream and are left out.

var db *gorm.DB

// Config mirrors the two fields of config.Config that Setup reads.
type Config struct {
	DBName string
	DBPath string
}

var conf *Config

// DefaultAdminUsername is the default username for the administrative user
const DefaultAdminUsername = "admin"

// InitialAdminApiToken is the environment variable that specifies the
// API token to seed the initial root login instead of generating one
// randomly
const InitialAdminApiToken = "GOPHISH_INITIAL_ADMIN_API_TOKEN"

const (
	CampaignInProgress string = "In progress"
	CampaignQueued     string = "Queued"
	StatusSending      string = "Sending"
	StatusScheduled    string = "Scheduled"
)

// Response contains the attributes found in an API response
type Response struct {
	Message string      `json:"message"`
	Success bool        `json:"success"`
	Data    interface{} `json:"data"`
}

func createTemporaryPassword(u *User) error {
	temporaryPassword := auth.GenerateSecureKey(auth.MinPasswordLength)
	hash, err := auth.GeneratePasswordHash(temporaryPassword)
	if err != nil {
		return err
	}
	u.Hash = hash
	u.PasswordChangeRequired = true
	err = db.Save(u).Error
	if err != nil {
		return err
	}
	log.Infof("Please login with the username admin and the password %s", temporaryPassword)
	return nil
}

// Setup reproduces models/models.go:133. It is called once per process from
// main (gophish.go:99) before any server starts; gophish can however be run as
// two processes on one database (--mode admin and --mode phish, gophish.go:124-130),
// each of which runs Setup.
func Setup(c *Config) error {
	conf = c
	var err error
	// models.go:175
	db, err = gorm.Open(conf.DBName, conf.DBPath)
	if err != nil {
		return fmt.Errorf("open: %w", err)
	}
	db.LogMode(false)
	// models.go:189: one connection per process, so a transaction (db.Begin)
	// holds the only connection until it ends.
	db.DB().SetMaxOpenConns(1)
	// goose.RunMigrationsOnDb (models.go:195) trimmed.

	// Create the admin user if it doesn't exist
	var userCount int64
	var adminUser User
	// models.go:203 lookup, :223 insert. Two processes started together on a
	// fresh database (admin and phish mode) both count 0 and both insert
	// "admin"; users.username is UNIQUE, so the second fails and that process
	// exits (log.Fatal in main).
	db.Model(&User{}).Count(&userCount) // race
	adminRole, err := GetRoleBySlug(RoleAdmin)
	if err != nil {
		log.Error(err)
		return err
	}
	if userCount == 0 {
		adminUser := User{
			Username:               DefaultAdminUsername,
			Role:                   adminRole,
			RoleID:                 adminRole.ID,
			PasswordChangeRequired: true,
		}

		if envToken := os.Getenv(InitialAdminApiToken); envToken != "" {
			adminUser.ApiKey = envToken
		} else {
			adminUser.ApiKey = auth.GenerateSecureKey(auth.APIKeyLength)
		}

		err = db.Save(&adminUser).Error
		if err != nil {
			log.Error(err)
			return err
		}
	}
	if adminUser.Username == "" {
		adminUser, err = GetUserByUsername(DefaultAdminUsername)
		if err != nil {
			log.Error(err)
			return err
		}
	}
	if adminUser.PasswordChangeRequired {
		err = createTemporaryPassword(&adminUser)
		if err != nil {
			log.Error(err)
			return err
		}
	}
	return nil
}
