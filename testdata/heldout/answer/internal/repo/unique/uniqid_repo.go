package unique

import (
	"context"
	"fmt"

	"example.com/heldout/answer/internal/base/constant"
	"example.com/heldout/answer/internal/base/data"
	"example.com/heldout/answer/internal/base/reason"
	"example.com/heldout/answer/internal/entity"
	"example.com/heldout/answer/third_party/pacman/errors"
)

// uniqueIDRepo reproduces internal/repo/unique/uniqid_repo.go:35.
// uniqueIDRepo Unique id repository
type uniqueIDRepo struct {
	data *data.Data
}

// NewUniqueIDRepo reproduces internal/repo/unique/uniqid_repo.go:40.
// Returns the concrete type (upstream: unique.UniqueIDRepo).
// NewUniqueIDRepo new repository
func NewUniqueIDRepo(data *data.Data) *uniqueIDRepo {
	return &uniqueIDRepo{
		data: data,
	}
}

// GenUniqueIDStr reproduces internal/repo/unique/uniqid_repo.go:48.
// GenUniqueIDStr generate unique id string
// 1 + 00x(objectType) + 000000000000x(id)
func (ur *uniqueIDRepo) GenUniqueIDStr(ctx context.Context, key string) (uniqueID string, err error) {
	objectType := constant.ObjectTypeStrMapping[key]
	bean := &entity.Uniqid{UniqidType: objectType}
	_, err = ur.data.DB.Context(ctx).Insert(bean)
	if err != nil {
		return "", errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	return fmt.Sprintf("1%03d%013d", objectType, bean.ID), nil
}
