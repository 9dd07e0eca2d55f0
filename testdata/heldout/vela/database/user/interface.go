package user

import (
	"context"
	api "example.com/heldout/vela/api/types"
)

// UserInterface reproduces database/user/interface.go (trimmed to the methods the
// reproduced paths call).
type UserInterface interface {
	CreateUserTable(context.Context, string) error
	CreateUserIndexes(context.Context) error
	CreateUser(context.Context, *api.User) (*api.User, error)
	GetUserForName(context.Context, string) (*api.User, error)
	UpdateUser(context.Context, *api.User) (*api.User, error)
}
