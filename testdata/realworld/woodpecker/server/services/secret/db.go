package secret

import (
	"example.com/realworld/woodpecker/server/model"
	"example.com/realworld/woodpecker/server/store"
)

// Service is server/services/secret/service.go, reduced.
type Service interface {
	SecretFind(*model.Repo, string) (*model.Secret, error)
	SecretDelete(*model.Repo, string) error
}

type db struct {
	store store.Store
}

// NewDB returns a new local secret service (server/services/secret/db.go:29).
func NewDB(store store.Store) Service {
	return &db{store: store}
}

// SecretFind is db.go:33.
func (d *db) SecretFind(repo *model.Repo, name string) (*model.Secret, error) {
	return d.store.SecretFind(repo, name)
}

// SecretDelete is db.go:82 (OrgSecretDelete :106 and GlobalSecretDelete :130
// have the same shape).
func (d *db) SecretDelete(repo *model.Repo, name string) error {
	secret, err := d.store.SecretFind(repo, name) // safe: the lookup only guards a DELETE by id, nothing is inserted
	if err != nil {
		return err
	}
	return d.store.SecretDelete(secret)
}
