package gormimpl

import (
	"context"

	"gorm.io/gorm"

	"example.com/heldout/flyte/datacatalog/pkg/repositories/errors"
	"example.com/heldout/flyte/datacatalog/pkg/repositories/interfaces"
	"example.com/heldout/flyte/datacatalog/pkg/repositories/models"
	idl_datacatalog "example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/datacatalog"
)

type tagRepo struct {
	db               *gorm.DB
	errorTransformer errors.ErrorTransformer
}

func NewTagRepo(db *gorm.DB, errorTransformer errors.ErrorTransformer) interfaces.TagRepo {
	return &tagRepo{
		db:               db,
		errorTransformer: errorTransformer,
	}
}

// tag.go:29
func (h *tagRepo) Create(ctx context.Context, tag models.Tag) error {
	db := h.db.WithContext(ctx).Create(&tag)

	if db.Error != nil {
		return h.errorTransformer.ToDataCatalogError(db.Error)
	}
	return nil
}

// tag.go:41
func (h *tagRepo) Get(ctx context.Context, in models.TagKey) (models.Tag, error) {
	var tag models.Tag
	result := h.db.WithContext(ctx).Preload("Artifact").
		Preload("Artifact.ArtifactData").
		Preload("Artifact.Partitions", func(db *gorm.DB) *gorm.DB {
			return db.WithContext(ctx).Order("partitions.created_at ASC") // preserve the order in which the partitions were created
		}).
		Preload("Artifact.Tags").
		Order("tags.created_at DESC").
		First(&tag, &models.Tag{
			TagKey: in,
		})

	if result.Error != nil {
		if result.Error.Error() == gorm.ErrRecordNotFound.Error() {
			return models.Tag{}, errors.GetMissingEntityError("Tag", &idl_datacatalog.Tag{
				Name: tag.TagName,
			})
		}
		return models.Tag{}, h.errorTransformer.ToDataCatalogError(result.Error)
	}

	return tag, nil
}
