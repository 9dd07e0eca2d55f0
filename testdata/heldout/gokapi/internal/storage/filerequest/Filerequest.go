// Package filerequest reproduces upstream internal/storage/filerequest/Filerequest.go (Populate trimmed).
package filerequest

import (
	"time"

	"example.com/heldout/gokapi/internal/configuration"
	"example.com/heldout/gokapi/internal/configuration/database"
	"example.com/heldout/gokapi/internal/helper"
	"example.com/heldout/gokapi/internal/models"
)

// New creates a new file request object. It is not stored yet,
// and an API key has to be generated manually
func New(user models.User) models.FileRequest {
	return models.FileRequest{
		Id:           helper.GenerateRandomString(configuration.GetEnvironment().LengthId),
		UserId:       user.Id,
		CreationDate: time.Now().Unix(),
		Name:         "Unnamed file request",
	}
}

// Get returns a file request object by its ID and populates it
func Get(id string) (models.FileRequest, bool) {
	result, ok := database.GetFileRequest(id)
	if !ok {
		return models.FileRequest{}, false
	}
	return result, true
}
