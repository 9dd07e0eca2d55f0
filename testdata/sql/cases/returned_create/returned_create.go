// A repository whose create inserts two rows (a user, then its password)
// and returns the first: for its callers, a create of the row it
// returns. The user's insert is written with a CTE, as sqlc users do.
package returned_create

import (
	"context"
	"database/sql"
	"errors"
)

type User struct {
	ID    int64
	Email string
}

type Password struct {
	UserID int64
	Hash   string
}

type Queries struct{ db *sql.DB }

const getUserByEmail = `-- name: GetUserByEmail :one
SELECT id, email FROM users WHERE email = $1`

func (q *Queries) GetUserByEmail(ctx context.Context, email string) (*User, error) {
	var u User
	err := q.db.QueryRowContext(ctx, getUserByEmail, email).Scan(&u.ID, &u.Email)
	return &u, err
}

const createUser = `-- name: CreateUser :one
WITH defaults AS (SELECT 1 AS plan)
INSERT INTO users (email, plan) VALUES ($1, (SELECT plan FROM defaults))
RETURNING id, email`

func (q *Queries) CreateUser(ctx context.Context, email string) (*User, error) {
	var u User
	err := q.db.QueryRowContext(ctx, createUser, email).Scan(&u.ID, &u.Email)
	return &u, err
}

const createPassword = `-- name: CreatePassword :one
INSERT INTO passwords (user_id, hash) VALUES ($1, $2) RETURNING user_id, hash`

func (q *Queries) CreatePassword(ctx context.Context, userID int64, hash string) (*Password, error) {
	var p Password
	err := q.db.QueryRowContext(ctx, createPassword, userID, hash).Scan(&p.UserID, &p.Hash)
	return &p, err
}

type Repo struct{ q *Queries }

// SignUp creates the user and its password; it returns the user.
func (r *Repo) SignUp(ctx context.Context, email, hash string) (*User, error) {
	user, err := r.q.CreateUser(ctx, email)
	if err != nil {
		return nil, err
	}
	if _, err := r.q.CreatePassword(ctx, user.ID, hash); err != nil {
		return nil, err
	}
	return user, nil
}

// SetPassword creates the user and its password; it returns the
// password: for its callers, a create of passwords, not of users.
func (r *Repo) SetPassword(ctx context.Context, email, hash string) (*Password, error) {
	user, err := r.q.CreateUser(ctx, email)
	if err != nil {
		return nil, err
	}
	pw, err := r.q.CreatePassword(ctx, user.ID, hash)
	if err != nil {
		return nil, err
	}
	return pw, nil
}

// Register signs the user up unless the email is taken.
func Register(ctx context.Context, r *Repo, email, hash string) (*User, error) {
	if _, err := r.q.GetUserByEmail(ctx, email); err == nil {
		return nil, errors.New("email taken")
	} else if !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	return r.SignUp(ctx, email, hash)
}

// Reset looks the user up, then creates through SetPassword, which
// returns a password: not a create of the looked-up model.
func Reset(ctx context.Context, r *Repo, email, hash string) (*Password, error) {
	if _, err := r.q.GetUserByEmail(ctx, email); err == nil {
		return nil, errors.New("email taken")
	} else if !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	return r.SetPassword(ctx, email, hash)
}
