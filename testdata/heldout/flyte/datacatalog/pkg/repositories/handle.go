package repositories

import (
	"context"

	"gorm.io/gorm"

	"example.com/heldout/flyte/datacatalog/pkg/repositories/models"
)

type DBHandle struct {
	db *gorm.DB
}

// Migrate reproduces handle.go:74-104: the datacatalog schema is the AutoMigrate
// of these models (keys = primary_key tags).
func (h *DBHandle) Migrate(ctx context.Context) error {
	if err := h.db.AutoMigrate(&models.Dataset{}); err != nil {
		return err
	}

	if err := h.db.Debug().AutoMigrate(&models.Artifact{}); err != nil {
		return err
	}

	if err := h.db.AutoMigrate(&models.ArtifactData{}); err != nil {
		return err
	}

	if err := h.db.AutoMigrate(&models.Tag{}); err != nil {
		return err
	}

	if err := h.db.AutoMigrate(&models.PartitionKey{}); err != nil {
		return err
	}

	if err := h.db.AutoMigrate(&models.Partition{}); err != nil {
		return err
	}

	if err := h.db.AutoMigrate(&models.Reservation{}); err != nil {
		return err
	}

	return nil
}
