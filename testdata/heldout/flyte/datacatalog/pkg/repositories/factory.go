// Package repositories reproduces (trimmed) datacatalog/pkg/repositories.
package repositories

import (
	"gorm.io/gorm"

	"example.com/heldout/flyte/datacatalog/pkg/repositories/errors"
	"example.com/heldout/flyte/datacatalog/pkg/repositories/gormimpl"
	"example.com/heldout/flyte/datacatalog/pkg/repositories/interfaces"
)

// The RepositoryInterface indicates the methods that each Repository must support.
// (factory.go:26)
type RepositoryInterface interface {
	DatasetRepo() interfaces.DatasetRepo
	ArtifactRepo() interfaces.ArtifactRepo
	TagRepo() interfaces.TagRepo
	ReservationRepo() interfaces.ReservationRepo
}

type PostgresRepo struct {
	datasetRepo     interfaces.DatasetRepo
	artifactRepo    interfaces.ArtifactRepo
	tagRepo         interfaces.TagRepo
	reservationRepo interfaces.ReservationRepo
}

func (dc *PostgresRepo) DatasetRepo() interfaces.DatasetRepo         { return dc.datasetRepo }
func (dc *PostgresRepo) ArtifactRepo() interfaces.ArtifactRepo       { return dc.artifactRepo }
func (dc *PostgresRepo) TagRepo() interfaces.TagRepo                 { return dc.tagRepo }
func (dc *PostgresRepo) ReservationRepo() interfaces.ReservationRepo { return dc.reservationRepo }

func NewPostgresRepo(db *gorm.DB, errorTransformer errors.ErrorTransformer) RepositoryInterface {
	return &PostgresRepo{
		datasetRepo:     gormimpl.NewDatasetRepo(db, errorTransformer),
		artifactRepo:    gormimpl.NewArtifactRepo(db, errorTransformer),
		tagRepo:         gormimpl.NewTagRepo(db, errorTransformer),
		reservationRepo: gormimpl.NewReservationRepo(db, errorTransformer),
	}
}
