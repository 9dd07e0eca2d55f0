// Package repo is trimmed from code.gitea.io/gitea/models/repo.
package repo

import (
	"context"

	user_model "example.com/heldout/gitea/models/user"
)

// Repository represents a git repository (models/repo/repo.go, trimmed).
type Repository struct {
	ID        int64  `xorm:"pk autoincr"`
	OwnerID   int64  `xorm:"UNIQUE(s) index"`
	LowerName string `xorm:"UNIQUE(s) INDEX NOT NULL"`
	Name      string `xorm:"INDEX NOT NULL"`
	NumStars  int
	Topics    []string `xorm:"TEXT JSON"`

	Owner *user_model.User `xorm:"-"`
}

// LoadOwner loads owner user (trimmed)
func (repo *Repository) LoadOwner(ctx context.Context) (err error) {
	if repo.Owner != nil {
		return nil
	}
	repo.Owner, err = user_model.GetUserByID(ctx, repo.OwnerID)
	return err
}

// Link returns the repository relative url (trimmed)
func (repo *Repository) Link() string {
	return "/" + repo.Name
}
