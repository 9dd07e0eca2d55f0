// Package secret is a trimmed copy of github.com/drone/drone/store/secret
// (secret.go and scan.go; the encrypter is left out).
package secret

import (
	"context"

	"example.com/heldout/drone/core"
	"example.com/heldout/drone/store/shared/db"
)

// New returns a new Secret database store.
func New(db *db.DB) core.SecretStore {
	return &secretStore{db: db}
}

type secretStore struct {
	db *db.DB
}

func (s *secretStore) FindName(ctx context.Context, id int64, name string) (*core.Secret, error) {
	out := &core.Secret{Name: name, RepoID: id}
	err := s.db.View(func(queryer db.Queryer, binder db.Binder) error {
		params, err := toParams(out)
		if err != nil {
			return err
		}
		query, args, err := binder.BindNamed(queryName, params)
		if err != nil {
			return err
		}
		row := queryer.QueryRow(query, args...)
		return scanRow(row, out)
	})
	return out, err
}

func (s *secretStore) Update(ctx context.Context, secret *core.Secret) error {
	return s.db.Lock(func(execer db.Execer, binder db.Binder) error {
		params, err := toParams(secret)
		if err != nil {
			return err
		}
		stmt, args, err := binder.BindNamed(stmtUpdate, params)
		if err != nil {
			return err
		}
		_, err = execer.Exec(stmt, args...)
		return err
	})
}

func toParams(secret *core.Secret) (map[string]interface{}, error) {
	return map[string]interface{}{
		"secret_id":                secret.ID,
		"secret_repo_id":           secret.RepoID,
		"secret_name":              secret.Name,
		"secret_data":              []byte(secret.Data),
		"secret_pull_request":      secret.PullRequest,
		"secret_pull_request_push": secret.PullRequestPush,
	}, nil
}

func scanRow(scanner db.Scanner, dst *core.Secret) error {
	var ciphertext []byte
	err := scanner.Scan(
		&dst.ID,
		&dst.RepoID,
		&dst.Name,
		&ciphertext,
		&dst.PullRequest,
		&dst.PullRequestPush,
	)
	dst.Data = string(ciphertext)
	return err
}

const queryBase = `
SELECT
 secret_id
,secret_repo_id
,secret_name
,secret_data
,secret_pull_request
,secret_pull_request_push
`

const queryName = queryBase + `
FROM secrets
WHERE secret_name = :secret_name
  AND secret_repo_id = :secret_repo_id
LIMIT 1
`

const stmtUpdate = `
UPDATE secrets SET
 secret_data = :secret_data
,secret_pull_request = :secret_pull_request
,secret_pull_request_push = :secret_pull_request_push
WHERE secret_id = :secret_id
`
