// Package configuration reproduces upstream internal/configuration/Configuration.go,
// trimmed to the database paths (LoadFromSetup, SetDeploymentPassword) and the accessors
// the reproduced code reads.
package configuration

import (
	"fmt"
	"os"

	"example.com/heldout/gokapi/internal/configuration/database"
	"example.com/heldout/gokapi/internal/environment"
	"example.com/heldout/gokapi/internal/helper"
	"example.com/heldout/gokapi/internal/models"
)

// parsedEnvironment is an object containing the environment variables
var parsedEnvironment environment.Environment

// ServerSettings is an object containing the server configuration
var serverSettings models.Configuration

// Load loads the configuration (upstream :75; file parsing trimmed)
func Load() {
	parsedEnvironment = environment.New()
}

// ConnectDatabase loads the database that is defined in the configuration (upstream :101)
func ConnectDatabase() {
	dbConfig, err := database.ParseUrl(serverSettings.DatabaseUrl, false)
	helper.Check(err)
	database.Connect(dbConfig)
	database.Upgrade()
}

// Get returns a pointer to the server configuration
func Get() *models.Configuration {
	return &serverSettings
}

// LoadFromSetup creates a new configuration file after a user completed the setup (upstream :136;
// cloud config and config file writing trimmed).
func LoadFromSetup(config models.Configuration, e2eConfig End2EndReconfigParameters, passwordHash string) {
	parsedEnvironment = environment.New()

	serverSettings = config
	Load()
	ConnectDatabase()
	err := database.EditSuperAdmin(serverSettings.Authentication.Username, passwordHash)
	if err != nil {
		fmt.Println("Could not edit superadmin, as none was found, but other users were present.")
		os.Exit(1)
	}
	database.DeleteAllSessions()
	if e2eConfig.DeleteEnd2EndEncryption {
		for _, user := range database.GetAllUsers() {
			database.DeleteEnd2EndInfo(user.Id)
		}
	}
}

// GetEnvironment returns a copy of the environment object
func GetEnvironment() environment.Environment {
	if !parsedEnvironment.IsParsed() {
		panic("Environment is not parsed yet")
	}
	return parsedEnvironment
}

// SetDeploymentPassword sets a new password. This should only be used for non-interactive deployment but is not enforced
// (upstream :193)
func SetDeploymentPassword(newPassword string) {
	if len(newPassword) < parsedEnvironment.MinLengthPassword {
		fmt.Printf("Password needs to be at least %d characters long\n", parsedEnvironment.MinLengthPassword)
		os.Exit(1)
	}
	serverSettings.Authentication.SaltAdmin = helper.GenerateRandomString(30)
	err := database.EditSuperAdmin(serverSettings.Authentication.Username, HashPassword(newPassword, false, ""))
	if err != nil {
		fmt.Println("No super-admin user found, but database contains other users. Aborting.")
		os.Exit(1)
	}
	user, _ := database.GetSuperAdmin()
	database.DeleteAllSessionsByUser(user.Id)
	fmt.Println("New password has been set successfully for user " + serverSettings.Authentication.Username + ".")
	os.Exit(0)
}

// HashPassword hashes a password (upstream :233, Argon2id; hashing trimmed)
func HashPassword(password string, useOldHash bool, legacySalt string) string {
	if password == "" {
		return ""
	}
	return "argon2id$" + helper.GenerateRandomString(16) + "$" + password + legacySalt
}

// VerifyPassword checks a plaintext password against a stored hash (upstream :269; hashing trimmed).
// The second result is true for a legacy SHA1 hash that needs rehashing.
func VerifyPassword(password, storedHash, legacySalt string) (bool, bool) {
	if len(storedHash) == 40 {
		return storedHash == password+legacySalt, true
	}
	return storedHash != "" && password != "", false
}

// End2EndReconfigParameters contains values on how to reset E2E, if requested
type End2EndReconfigParameters struct {
	DeleteEnd2EndEncryption bool
	DeleteEncryptedStorage  bool
}
