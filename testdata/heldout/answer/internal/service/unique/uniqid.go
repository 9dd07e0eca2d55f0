package unique

import "context"

// UniqueIDRepo reproduces internal/service/unique/uniqid.go (unique id repository).
type UniqueIDRepo interface {
	GenUniqueIDStr(ctx context.Context, key string) (uniqueID string, err error)
}
