package metacommon

import (
	"context"

	"example.com/heldout/answer/internal/entity"
)

// MetaRepo reproduces internal/service/meta_common/meta_common_service.go:31, trimmed.
type MetaRepo interface {
	AddMeta(ctx context.Context, meta *entity.Meta) (err error)
	AddOrUpdateMetaByObjectIdAndKey(ctx context.Context, objectId, key string, f func(*entity.Meta, bool) (*entity.Meta, error)) error
}

// MetaCommonService reproduces internal/service/meta_common/meta_common_service.go:41.
// MetaCommonService user service
type MetaCommonService struct {
	metaRepo MetaRepo
}

// NewMetaCommonService reproduces internal/service/meta_common/meta_common_service.go:45.
func NewMetaCommonService(metaRepo MetaRepo) *MetaCommonService {
	return &MetaCommonService{
		metaRepo: metaRepo,
	}
}

// AddMeta reproduces internal/service/meta_common/meta_common_service.go:52.
// AddMeta add meta
func (ms *MetaCommonService) AddMeta(ctx context.Context, objID, key, value string) (err error) {
	meta := &entity.Meta{
		ObjectID: objID,
		Key:      key,
		Value:    value,
	}
	return ms.metaRepo.AddMeta(ctx, meta)
}

// AddOrUpdateMetaByObjectIdAndKey reproduces internal/service/meta_common/meta_common_service.go:76.
func (ms *MetaCommonService) AddOrUpdateMetaByObjectIdAndKey(ctx context.Context, objID, key string, f func(*entity.Meta, bool) (*entity.Meta, error)) (err error) {
	return ms.metaRepo.AddOrUpdateMetaByObjectIdAndKey(ctx, objID, key, f)
}
