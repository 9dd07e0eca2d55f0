// Package gormimpl reproduces (trimmed) datacatalog/pkg/repositories/gormimpl.
package gormimpl

import (
	"context"

	"gorm.io/gorm"

	"example.com/heldout/flyte/datacatalog/pkg/repositories/errors"
	"example.com/heldout/flyte/datacatalog/pkg/repositories/interfaces"
	"example.com/heldout/flyte/datacatalog/pkg/repositories/models"
	idl_datacatalog "example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/datacatalog"
)

type dataSetRepo struct {
	db               *gorm.DB
	errorTransformer errors.ErrorTransformer
}

func NewDatasetRepo(db *gorm.DB, errorTransformer errors.ErrorTransformer) interfaces.DatasetRepo {
	return &dataSetRepo{
		db:               db,
		errorTransformer: errorTransformer,
	}
}

// Create a Dataset model (dataset.go:32)
func (h *dataSetRepo) Create(ctx context.Context, in models.Dataset) error {
	result := h.db.WithContext(ctx).Create(&in)
	if result.Error != nil {
		return h.errorTransformer.ToDataCatalogError(result.Error)
	}
	return nil
}

// Get Dataset model (dataset.go:44)
func (h *dataSetRepo) Get(ctx context.Context, in models.DatasetKey) (models.Dataset, error) {
	var ds models.Dataset
	result := h.db.WithContext(ctx).Preload("PartitionKeys", func(db *gorm.DB) *gorm.DB {
		return db.WithContext(ctx).Order("partition_keys.created_at ASC") // preserve the order in which the partitions were created
	}).First(&ds, &models.Dataset{DatasetKey: in})

	if result.Error != nil {
		if result.Error.Error() == gorm.ErrRecordNotFound.Error() {
			return models.Dataset{}, errors.GetMissingEntityError("Dataset", &idl_datacatalog.DatasetID{
				Project: in.Project,
				Domain:  in.Domain,
				Name:    in.Name,
				Version: in.Version,
			})
		}
		return models.Dataset{}, h.errorTransformer.ToDataCatalogError(result.Error)
	}

	return ds, nil
}
