package user

import (
	"context"

	"example.com/heldout/answer/internal/base/data"
	"example.com/heldout/answer/internal/base/reason"
	"example.com/heldout/answer/internal/entity"
	"example.com/heldout/answer/third_party/pacman/errors"
	"xorm.io/xorm"
)

// userRepo reproduces internal/repo/user/user_repo.go:40.
// userRepo user repository
type userRepo struct {
	data *data.Data
}

// NewUserRepo reproduces internal/repo/user/user_repo.go:45.
// Returns the concrete type (upstream: usercommon.UserRepo).
// NewUserRepo new repository
func NewUserRepo(data *data.Data) *userRepo {
	return &userRepo{
		data: data,
	}
}

// AddUser reproduces internal/repo/user/user_repo.go:52.
// AddUser add user
func (ur *userRepo) AddUser(ctx context.Context, user *entity.User) (err error) {
	_, err = ur.data.DB.Transaction(func(session *xorm.Session) (interface{}, error) {
		session = session.Context(ctx)
		userInfo := &entity.User{}
		exist, err := session.Where("username = ?", user.Username).Get(userInfo) // race
		if err != nil {
			return nil, errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
		}
		if exist {
			return nil, errors.InternalServer(reason.UsernameDuplicate)
		}
		_, err = session.Insert(user)
		if err != nil {
			return nil, errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
		}
		return nil, nil
	})
	return
}
