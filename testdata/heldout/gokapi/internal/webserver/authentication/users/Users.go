package users

import (
	"errors"

	"example.com/heldout/gokapi/internal/configuration"
	"example.com/heldout/gokapi/internal/configuration/database"
	"example.com/heldout/gokapi/internal/models"
)

const minLengthUser = 2

// ErrorNameToShort is returned when the username is too short
var ErrorNameToShort = errors.New("username too short")

// ErrorUserExists is returned when the user already exists
var ErrorUserExists = errors.New("user already exists")

// Create creates a new user and returns an error if the user already exists or the username is too short
func Create(name string) (models.User, error) {
	if len(name) < minLengthUser {
		return models.User{}, ErrorNameToShort
	}
	// POST /api/user/create (apiCreateUser) and getOrCreateUser: two creations of one name both
	// miss; on SQLite the second INSERT INTO Users fails on "Name" UNIQUE and helper.Check panics
	// (aborted request instead of ErrorUserExists/409); on Redis two users:<id> hashes get the same Name.
	_, ok := database.GetUserByName(name) // race
	if ok {
		return models.User{}, ErrorUserExists
	}
	newUser := models.User{
		Name:      name,
		UserLevel: models.UserLevelUser,
	}
	if configuration.GetEnvironment().PermRequestGrantedByDefault {
		newUser.GrantPermission(models.UserPermGuestUploads)
	}
	database.SaveUser(newUser, true)
	newUser, ok = database.GetUserByName(name)
	if !ok {
		return models.User{}, errors.New("user could not be created")
	}
	return newUser, nil
}
