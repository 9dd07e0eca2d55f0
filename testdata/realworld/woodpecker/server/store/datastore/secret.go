package datastore

import (
	"xorm.io/builder"

	"example.com/realworld/woodpecker/server/model"
)

// SecretFind is server/store/datastore/secret.go:25.
func (s storage) SecretFind(repo *model.Repo, name string) (*model.Secret, error) {
	secret := new(model.Secret)
	return secret, wrapGet(s.engine.Where(
		builder.Eq{"repo_id": repo.ID, "name": name},
	).Get(secret))
}

// SecretDelete is secret.go:57.
func (s storage) SecretDelete(secret *model.Secret) error {
	return wrapDelete(s.engine.ID(secret.ID).Delete(new(model.Secret)))
}
