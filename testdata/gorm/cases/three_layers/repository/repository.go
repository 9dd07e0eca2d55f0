package repository

import (
	"context"

	"example.com/gormcases/cases/three_layers/dao"
)

// ErrUserNotFound is the DAO's.
var ErrUserNotFound = dao.ErrNotFound

type Repo struct{ DAO *dao.UserDAO }

func (r *Repo) FindByEmail(ctx context.Context, email string) (dao.User, error) {
	return r.DAO.FindByEmail(ctx, email)
}

func (r *Repo) Create(ctx context.Context, email string) error {
	return r.DAO.Insert(ctx, &dao.User{Email: email})
}
