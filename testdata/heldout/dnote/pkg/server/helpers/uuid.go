// Package helpers reproduces dnote/dnote 8ffd44f36287 pkg/server/helpers.
package helpers

import (
	"github.com/google/uuid"
	"github.com/pkg/errors"
)

// GenUUID reproduces pkg/server/helpers/uuid.go:25.
// GenUUID generates a new uuid v4
func GenUUID() (string, error) {
	id, err := uuid.NewRandom()
	if err != nil {
		return "", errors.Wrap(err, "generating uuid")
	}

	return id.String(), nil
}

// ValidateUUID reproduces pkg/server/helpers/uuid.go:35.
// ValidateUUID validates the given uuid
func ValidateUUID(u string) bool {
	_, err := uuid.Parse(u)

	return err == nil
}
