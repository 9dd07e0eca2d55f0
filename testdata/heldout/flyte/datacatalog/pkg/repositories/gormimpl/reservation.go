package gormimpl

import (
	"context"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	datacatalog_error "example.com/heldout/flyte/datacatalog/pkg/errors"
	errors2 "example.com/heldout/flyte/datacatalog/pkg/repositories/errors"
	"example.com/heldout/flyte/datacatalog/pkg/repositories/interfaces"
	"example.com/heldout/flyte/datacatalog/pkg/repositories/models"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/datacatalog"
	"example.com/heldout/flyte/pkg/grpc/codes"
)

type reservationRepo struct {
	db               *gorm.DB
	errorTransformer errors2.ErrorTransformer
}

// NewReservationRepo creates a reservationRepo
func NewReservationRepo(db *gorm.DB, errorTransformer errors2.ErrorTransformer) interfaces.ReservationRepo {
	return &reservationRepo{
		db:               db,
		errorTransformer: errorTransformer,
	}
}

// reservation.go:34 (INSERT ... ON CONFLICT DO NOTHING :38, RowsAffected == 0 -> AlreadyExists :43)
func (r *reservationRepo) Create(ctx context.Context, reservation models.Reservation, now time.Time) error {
	result := r.db.WithContext(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(&reservation)
	if result.Error != nil {
		return r.errorTransformer.ToDataCatalogError(result.Error)
	}

	if result.RowsAffected == 0 {
		return datacatalog_error.NewDataCatalogError(codes.FailedPrecondition, errors2.AlreadyExists)
	}

	return nil
}

// reservation.go:50
func (r *reservationRepo) Delete(ctx context.Context, reservationKey models.ReservationKey, ownerID string) error {
	var reservation models.Reservation

	result := r.db.WithContext(ctx).Where(&models.Reservation{
		ReservationKey: reservationKey,
		OwnerID:        ownerID,
	}).Delete(&reservation)
	if result.Error != nil {
		return r.errorTransformer.ToDataCatalogError(result.Error)
	}

	if result.RowsAffected == 0 {
		return errors2.GetMissingEntityError("Reservation",
			&datacatalog.ReservationID{
				DatasetId: &datacatalog.DatasetID{
					Project: reservationKey.DatasetProject,
					Domain:  reservationKey.DatasetDomain,
					Name:    reservationKey.DatasetName,
					Version: reservationKey.DatasetVersion,
				},
				TagName: reservationKey.TagName,
			})
	}

	return nil
}

// reservation.go:80
func (r *reservationRepo) Get(ctx context.Context, reservationKey models.ReservationKey) (models.Reservation, error) {
	var reservation models.Reservation

	result := r.db.WithContext(ctx).Where(&models.Reservation{
		ReservationKey: reservationKey,
	}).Take(&reservation)

	if result.Error != nil {
		return reservation, r.errorTransformer.ToDataCatalogError(result.Error)
	}

	return reservation, nil
}

// reservation.go:97 (conditional UPDATE: expired or same owner)
func (r *reservationRepo) Update(ctx context.Context, reservation models.Reservation, now time.Time) error {
	result := r.db.WithContext(ctx).Model(&models.Reservation{
		ReservationKey: reservation.ReservationKey,
	}).Where("expires_at<=? OR owner_id=?", now, reservation.OwnerID).Updates(reservation)
	if result.Error != nil {
		return r.errorTransformer.ToDataCatalogError(result.Error)
	}

	if result.RowsAffected == 0 {
		return datacatalog_error.NewDataCatalogError(codes.FailedPrecondition, errors2.AlreadyExists)
	}

	return nil
}
