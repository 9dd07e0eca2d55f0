// Package interfaces reproduces (trimmed) datacatalog/pkg/repositories/interfaces.
package interfaces

import (
	"context"
	"time"

	"example.com/heldout/flyte/datacatalog/pkg/repositories/models"
)

type DatasetRepo interface {
	Create(ctx context.Context, in models.Dataset) error
	Get(ctx context.Context, in models.DatasetKey) (models.Dataset, error)
}

type ArtifactRepo interface {
	Create(ctx context.Context, in models.Artifact) error
	Get(ctx context.Context, in models.ArtifactKey) (models.Artifact, error)
	Update(ctx context.Context, artifact models.Artifact) error
}

type TagRepo interface {
	Create(ctx context.Context, in models.Tag) error
	Get(ctx context.Context, in models.TagKey) (models.Tag, error)
}

// Interface to interact with Reservation Table
type ReservationRepo interface {

	// Create a new reservation if the reservation does not already exist
	Create(ctx context.Context, reservation models.Reservation, now time.Time) error

	// Delete a reservation if it exists
	Delete(ctx context.Context, reservation models.ReservationKey, ownerID string) error

	// Get reservation
	Get(ctx context.Context, reservationKey models.ReservationKey) (models.Reservation, error)

	// Update an existing reservation. If called by the current owner, we update the
	// expiresAt timestamp. If called by a new owner and the current reservation has
	// expired, we attempt to take over the reservation.
	Update(ctx context.Context, reservation models.Reservation, now time.Time) error
}
