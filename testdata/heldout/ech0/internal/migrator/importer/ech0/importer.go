// Package ech0 reproduces internal/migrator/importer/ech0/importer.go
// (migrateTags and the transaction around it).
package ech0

import (
	"context"
	"fmt"
	"strings"

	echoModel "example.com/heldout/ech0/internal/model/echo"
	"github.com/google/uuid"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

const dbBatchSize = 200

// importInto is the transaction of internal/migrator/importer/ech0/importer.go:80
// (a migration job, one per type, run by the job manager).
func importInto(ctx context.Context, target *gorm.DB, sourceDB *gorm.DB) error {
	return target.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		return migrateTags(ctx, tx, sourceDB)
	})
}

// loadRows is internal/migrator/importer/ech0/importer.go:535.
func loadRows[T any](ctx context.Context, db *gorm.DB, table string) ([]T, error) {
	rows := make([]T, 0)
	if err := db.WithContext(ctx).Table(table).Find(&rows).Error; err != nil {
		return nil, err
	}
	return rows, nil
}

// migrateTags is internal/migrator/importer/ech0/importer.go:201.
func migrateTags(ctx context.Context, tx *gorm.DB, sourceDB *gorm.DB) error {
	sourceTags, err := loadRows[echoModel.Tag](ctx, sourceDB, "tags")
	if err != nil {
		return fmt.Errorf("load source tags: %w", err)
	}
	sourceEchoTags, err := loadRows[echoModel.EchoTag](ctx, sourceDB, "echo_tags")
	if err != nil {
		return fmt.Errorf("load source echo tags: %w", err)
	}
	if len(sourceTags) == 0 || len(sourceEchoTags) == 0 {
		return nil
	}

	tagNames := make([]string, 0, len(sourceTags))
	tagByID := make(map[string]echoModel.Tag, len(sourceTags))
	for i := range sourceTags {
		tag := sourceTags[i]
		if strings.TrimSpace(tag.Name) == "" {
			continue
		}
		tagNames = append(tagNames, tag.Name)
		tagByID[tag.ID] = tag
	}

	existing := make(map[string]string)
	if len(tagNames) > 0 {
		var existingTags []echoModel.Tag
		if err := tx.WithContext(ctx).Where("name IN ?", tagNames).Find(&existingTags).Error; err != nil { // safe: the insert is INSERT ... ON CONFLICT DO NOTHING (CreateInBatches with clause.OnConflict{DoNothing: true}) inside a transaction that, with _txlock=immediate, holds the SQLite write lock from BEGIN
			return fmt.Errorf("load existing tags: %w", err)
		}
		for i := range existingTags {
			existing[existingTags[i].Name] = existingTags[i].ID
		}
	}

	tagIDMap := make(map[string]string, len(tagByID))
	newTags := make([]echoModel.Tag, 0)
	for oldID, tag := range tagByID {
		if mappedID, ok := existing[tag.Name]; ok {
			tagIDMap[oldID] = mappedID
			continue
		}
		if strings.TrimSpace(tag.ID) == "" {
			tag.ID = uuid.Must(uuid.NewV7()).String()
		}
		newTags = append(newTags, tag)
		existing[tag.Name] = tag.ID
		tagIDMap[oldID] = tag.ID
	}
	if len(newTags) > 0 {
		if err := tx.Clauses(clause.OnConflict{DoNothing: true}).CreateInBatches(newTags, dbBatchSize).Error; err != nil {
			return fmt.Errorf("create tags: %w", err)
		}
	}

	newEchoTags := make([]echoModel.EchoTag, 0, len(sourceEchoTags))
	for i := range sourceEchoTags {
		row := sourceEchoTags[i]
		tagID, ok := tagIDMap[row.TagID]
		if !ok {
			continue
		}
		newEchoTags = append(newEchoTags, echoModel.EchoTag{
			EchoID: row.EchoID,
			TagID:  tagID,
		})
	}
	if len(newEchoTags) > 0 {
		if err := tx.Clauses(clause.OnConflict{DoNothing: true}).CreateInBatches(newEchoTags, dbBatchSize).Error; err != nil {
			return fmt.Errorf("create echo_tags: %w", err)
		}
	}
	return nil
}

// Import is the exported entry (reduced).
func Import(ctx context.Context, target, source *gorm.DB) error {
	return importInto(ctx, target, source)
}
