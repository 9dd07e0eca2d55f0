// Package services reproduces sysadminsmedia/homebox 8222a88de7b4 backend/internal/core/services.
package services

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"example.com/realworld/homebox/repo"
	"example.com/realworld/homebox/services/reporting"
	"github.com/google/uuid"
)

// EntityService is core/services/service_entities.go:37.
type EntityService struct {
	repo *repo.AllRepos

	autoIncrementAssetID bool
}

// serializeLocation is core/services/service_entities.go:171.
func serializeLocation[T ~[]string](location T) string {
	return strings.Join(location, "/")
}

// CsvImport is core/services/service_entities.go:182 (tracing spans, asset-id
// auto-increment and the post-create UpdateByGroup/parent-ref patch trimmed):
// tags and locations are preloaded into maps and missing ones created; an
// entity is created when its import ref does not exist.
func (svc *EntityService) CsvImport(ctx context.Context, gid uuid.UUID, data io.Reader) (int, error) {
	sheet := reporting.IOSheet{}

	err := sheet.Read(data)
	if err != nil {
		return 0, err
	}

	// ========================================
	// Tags

	var tagMap map[string]uuid.UUID
	{
		tags, err := svc.repo.Tags.GetAll(ctx, gid) // race
		if err != nil {
			return 0, err
		}

		tagMap = make(map[string]uuid.UUID, len(tags))
		for _, tag := range tags {
			tagMap[tag.Name] = tag.ID
		}
	}

	// ========================================
	// Locations

	locationMap := make(map[string]uuid.UUID)
	{
		locations, err := svc.repo.Entities.Tree(ctx, gid, repo.TreeQuery{WithItems: false}) // race
		if err != nil {
			return 0, err
		}

		// Traverse the tree and build a map of location full paths to IDs
		// where the full path is the location name joined by slashes.
		var traverse func(location *repo.TreeItem, path []string)
		traverse = func(location *repo.TreeItem, path []string) {
			path = append(path, location.Name)

			locationMap[serializeLocation(path)] = location.ID

			for _, child := range location.Children {
				traverse(child, path)
			}
		}

		for _, location := range locations {
			traverse(&location, []string{})
		}
	}

	// ========================================
	// Import entities

	finished := 0

	for i := range sheet.Rows {
		row := sheet.Rows[i]

		createRequired := true

		if row.ImportRef != "" {
			exists, err := svc.repo.Entities.CheckRef(ctx, gid, row.ImportRef) // race
			if err != nil {
				wrapped := fmt.Errorf("error checking for existing entity with ref %q: %w", row.ImportRef, err)
				return 0, wrapped
			}

			if exists {
				createRequired = false
			}
		}

		// ========================================
		// Pre-Create tags as necessary
		tagIds := make([]uuid.UUID, len(row.TagStr))

		if len(row.TagStr) > 0 {
			for j := range row.TagStr {
				tag := row.TagStr[j]

				id, ok := tagMap[tag]
				if !ok {
					newTag, err := svc.repo.Tags.Create(ctx, gid, repo.TagCreate{Name: tag})
					if err != nil {
						return 0, err
					}
					id = newTag.ID
				}

				tagIds[j] = id
				tagMap[tag] = id
			}
		}

		// ========================================
		// Pre-Create Locations as necessary
		locationID, err := svc.csvImportRowLocation(ctx, gid, row, locationMap)
		if err != nil {
			return 0, err
		}

		// ========================================
		// Create Entity
		var entity repo.EntityOut
		switch {
		case createRequired:
			newEntity := repo.EntityCreate{
				ImportRef:   row.ImportRef,
				Name:        row.Name,
				Description: row.Description,
				ParentID:    locationID,
				TagIDs:      tagIds,
			}

			entity, err = svc.repo.Entities.Create(ctx, gid, newEntity)
			if err != nil {
				return 0, err
			}
		default:
			entity, err = svc.repo.Entities.GetByRef(ctx, gid, row.ImportRef)
			if err != nil {
				return 0, err
			}
		}

		if entity.ID == uuid.Nil {
			wrapped := fmt.Errorf("entity ID is nil for entity with import ref %q", row.ImportRef)
			return 0, wrapped
		}

		finished++
	}

	return finished, nil
}

// csvImportRowLocation is core/services/service_entities.go:486: path
// segments missing from locationMap are created with CreateContainer.
func (svc *EntityService) csvImportRowLocation(ctx context.Context, gid uuid.UUID, row reporting.ExportCSVRow, locationMap map[string]uuid.UUID) (uuid.UUID, error) {
	path := serializeLocation(row.Location)

	locationID, ok := locationMap[path]
	if ok {
		return locationID, nil
	}

	paths := []string{}
	for i, pathElement := range row.Location {
		paths = append(paths, pathElement)
		subPath := serializeLocation(paths)

		locationID, ok = locationMap[subPath]
		if !ok {
			parentID := uuid.Nil

			if i > 0 {
				parentPath := serializeLocation(row.Location[:i])
				parentID = locationMap[parentPath]
			}

			newLocation, err := svc.repo.Entities.CreateContainer(ctx, gid, repo.EntityCreate{
				ParentID: parentID,
				Name:     pathElement,
			})
			if err != nil {
				return uuid.Nil, err
			}
			locationID = newLocation.ID
		}

		locationMap[subPath] = locationID
	}

	locationID, ok = locationMap[path]
	if !ok {
		return uuid.Nil, errors.New("failed to create location")
	}

	return locationID, nil
}
