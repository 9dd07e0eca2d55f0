package cache

import (
	"context"

	"example.com/heldout/webook/internal/user/internal/domain"
)

// UserCache reproduces internal/user/internal/repository/cache/user.go:18 (a
// read-through cache by id; the ecache implementation is not reproduced).
type UserCache interface {
	Delete(ctx context.Context, id int64) error
	Get(ctx context.Context, id int64) (domain.User, error)
	Set(ctx context.Context, u domain.User) error
}
