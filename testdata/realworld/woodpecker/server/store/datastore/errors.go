package datastore

import (
	"fmt"

	"example.com/realworld/woodpecker/server/store/types"
)

// ErrorRepoNotExist is server/store/datastore/errors.go:23.
type ErrorRepoNotExist struct {
	RepoID int64
}

func (e ErrorRepoNotExist) Error() string {
	return fmt.Sprintf("Repo with %d is not existing", e.RepoID)
}

func (ErrorRepoNotExist) Unwrap() error {
	return types.ErrRecordNotExist
}
