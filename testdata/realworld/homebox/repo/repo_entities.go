// Package repo reproduces sysadminsmedia/homebox 8222a88de7b4 backend/internal/data/repo.
package repo

import (
	"context"
	"fmt"
	"strings"

	"example.com/realworld/homebox/ent"
	"example.com/realworld/homebox/ent/entity"
	"example.com/realworld/homebox/ent/entitytype"
	"example.com/realworld/homebox/ent/group"
	"example.com/realworld/homebox/ent/predicate"
	"github.com/google/uuid"
)

// EntityRepository is data/repo/repo_entities.go:43.
type EntityRepository struct {
	db *ent.Client
}

type (
	// EntityCreate is data/repo/repo_entities.go:90.
	EntityCreate struct {
		ImportRef    string    `json:"-"`
		ParentID     uuid.UUID `json:"parentId"     extensions:"x-nullable"`
		Name         string    `json:"name"         validate:"required,min=1,max=255"`
		Quantity     float64   `json:"quantity"`
		Description  string    `json:"description"  validate:"max=1000"`
		AssetID      AssetID   `json:"-"`
		EntityTypeID uuid.UUID `json:"entityTypeId"`

		ModelNumber  string `json:"modelNumber"  validate:"max=255" extensions:"x-nullable,x-omitempty"`
		Manufacturer string `json:"manufacturer" validate:"max=255" extensions:"x-nullable,x-omitempty"`

		// Edges
		TagIDs []uuid.UUID `json:"tagIds"`
	}

	// EntityOut is data/repo/repo_entities.go (trimmed).
	EntityOut struct {
		ID        uuid.UUID `json:"id"`
		Name      string    `json:"name"`
		ImportRef string    `json:"importRef"`
		AssetID   AssetID   `json:"assetId,string"`
	}
)

// mapEntityOut is data/repo/repo_entities.go:305 (trimmed).
func mapEntityOut(e *ent.Entity) EntityOut {
	return EntityOut{
		ID:        e.ID,
		Name:      e.Name,
		ImportRef: e.ImportRef,
		AssetID:   AssetID(e.AssetID),
	}
}

// resolveDefaultEntityType is data/repo/repo_entities.go:366: first type of
// the group with the wanted is_location, or create one when none exists.
func (r *EntityRepository) resolveDefaultEntityType(ctx context.Context, gid uuid.UUID, isLocation bool) (uuid.UUID, error) {
	et, err := r.db.EntityType.Query(). // race
						Where(
			entitytype.HasGroupWith(group.ID(gid)),
			entitytype.IsLocation(isLocation),
		).
		Order(entitytype.ByCreatedAt()).
		First(ctx)
	if err != nil {
		if ent.IsNotFound(err) {
			name := "Item"
			if isLocation {
				name = "Location"
			}
			created, err := r.db.EntityType.Create().
				SetName(name).
				SetDescription("").
				SetIsLocation(isLocation).
				SetGroupID(gid).
				Save(ctx)
			if err != nil {
				return uuid.Nil, err
			}
			return created.ID, nil
		}
		return uuid.Nil, err
	}
	return et.ID, nil
}

// getOneTx is data/repo/repo_entities.go:419 (edge loading trimmed).
func (r *EntityRepository) getOneTx(ctx context.Context, tx *ent.Tx, where ...predicate.Entity) (EntityOut, error) {
	var q *ent.EntityQuery
	if tx != nil {
		q = tx.Entity.Query().Where(where...)
	} else {
		q = r.db.Entity.Query().Where(where...)
	}

	e, err := q.
		WithTag().
		WithEntityType().
		WithGroup().
		Only(ctx)
	if err != nil {
		return EntityOut{}, err
	}
	return mapEntityOut(e), nil
}

// getOne is data/repo/repo_entities.go:509.
func (r *EntityRepository) getOne(ctx context.Context, where ...predicate.Entity) (EntityOut, error) {
	return r.getOneTx(ctx, nil, where...)
}

// GetOne is data/repo/repo_entities.go:514.
func (r *EntityRepository) GetOne(ctx context.Context, id uuid.UUID) (EntityOut, error) {
	return r.getOne(ctx, entity.ID(id))
}

// CheckRef is data/repo/repo_entities.go:524.
func (r *EntityRepository) CheckRef(ctx context.Context, gid uuid.UUID, ref string) (bool, error) {
	q := r.db.Entity.Query().Where(entity.HasGroupWith(group.ID(gid)))
	exists, err := q.Where(entity.ImportRef(ref)).Exist(ctx)
	if err != nil {
		return exists, err
	}
	return exists, nil
}

// GetByRef is data/repo/repo_entities.go:542.
func (r *EntityRepository) GetByRef(ctx context.Context, gid uuid.UUID, ref string) (EntityOut, error) {
	out, err := r.getOne(ctx, entity.ImportRef(ref), entity.HasGroupWith(group.ID(gid)))
	return out, err
}

// Create is data/repo/repo_entities.go:1032 (cross-group assert helpers
// trimmed): the default entity type is resolved via
// resolveDefaultEntityType when none is given.
func (r *EntityRepository) Create(ctx context.Context, gid uuid.UUID, data EntityCreate) (EntityOut, error) {
	q := r.db.Entity.Create().
		SetImportRef(data.ImportRef).
		SetName(data.Name).
		SetQuantity(data.Quantity).
		SetDescription(data.Description).
		SetModelNumber(data.ModelNumber).
		SetManufacturer(data.Manufacturer).
		SetGroupID(gid).
		SetAssetID(int64(data.AssetID))

	if data.ParentID != uuid.Nil {
		q.SetParentID(data.ParentID)
	}

	if data.EntityTypeID != uuid.Nil {
		q.SetEntityTypeID(data.EntityTypeID)
	} else {
		// Auto-resolve default "Item" entity type for the group
		etID, err := r.resolveDefaultEntityType(ctx, gid, false)
		if err != nil {
			return EntityOut{}, err
		}
		q.SetEntityTypeID(etID)
	}

	if len(data.TagIDs) > 0 {
		q.AddTagIDs(data.TagIDs...)
	}

	result, err := q.Save(ctx)
	if err != nil {
		return EntityOut{}, err
	}

	out, err := r.GetOne(ctx, result.ID)
	return out, err
}

// CreateContainer is data/repo/repo_entities.go:2496 (entity-type assert
// trimmed): the parent must be a location of the same group.
func (r *EntityRepository) CreateContainer(ctx context.Context, gid uuid.UUID, data EntityCreate) (EntityOut, error) {
	if data.ParentID != uuid.Nil {
		parentEntity, err := r.db.Entity.Query(). // safe: parent existence check; the inserted location has a different key
								Where(entity.ID(data.ParentID), entity.HasGroupWith(group.ID(gid))).
								WithEntityType().
								Only(ctx)
		if err != nil {
			wrapped := fmt.Errorf("parent entity not found: %w", err)
			return EntityOut{}, wrapped
		}
		if parentEntity.Edges.EntityType == nil || !parentEntity.Edges.EntityType.IsLocation {
			wrapped := fmt.Errorf("locations can only have other locations as parents, not items")
			return EntityOut{}, wrapped
		}
	}

	q := r.db.Entity.Create().
		SetName(data.Name).
		SetDescription(data.Description).
		SetGroupID(gid)

	if data.ParentID != uuid.Nil {
		q.SetParentID(data.ParentID)
	}

	if data.EntityTypeID != uuid.Nil {
		q.SetEntityTypeID(data.EntityTypeID)
	} else {
		// Auto-resolve default "Location" entity type for the group
		etID, err := r.resolveDefaultEntityType(ctx, gid, true)
		if err != nil {
			return EntityOut{}, err
		}
		q.SetEntityTypeID(etID)
	}

	result, err := q.Save(ctx)
	if err != nil {
		return EntityOut{}, err
	}

	result.Edges.Group = &ent.Group{ID: gid}
	return mapEntityOut(result), nil
}

// TreeItem is data/repo/repo_entities.go:2656.
type TreeItem struct {
	ID       uuid.UUID   `json:"id"`
	Name     string      `json:"name"`
	Type     string      `json:"type"`
	Children []*TreeItem `json:"children"`
}

// FlatTreeItem is data/repo/repo_entities.go:2663.
type FlatTreeItem struct {
	ID       uuid.UUID
	Name     string
	Type     string
	ParentID uuid.UUID
	Level    int
}

// TreeQuery is data/repo/repo_entities.go:2671.
type TreeQuery struct {
	WithItems bool `json:"withItems" schema:"withItems"`
}

// Tree is data/repo/repo_entities.go:2752 (recursive CTE over locations; the
// WithItems item_tree branch is trimmed).
func (r *EntityRepository) Tree(ctx context.Context, gid uuid.UUID, tq TreeQuery) ([]TreeItem, error) {
	query := `
		WITH recursive entity_tree(id, NAME, parent_id, level, node_type) AS
		(
			SELECT  e.id,
					e.NAME,
					e.entity_children AS parent_id,
					0 AS level,
					CASE WHEN et.is_location THEN 'location' ELSE 'item' END AS node_type
			FROM    entities e
			JOIN    entity_types et ON et.id = e.entity_type_entities
			WHERE   e.entity_children IS NULL
			AND     e.group_entities = $1
			AND     et.is_location = true

			UNION ALL
			SELECT  c.id,
					c.NAME,
					c.entity_children AS parent_id,
					level + 1,
					CASE WHEN ct.is_location THEN 'location' ELSE 'item' END AS node_type
			FROM   entities c
			JOIN   entity_types ct ON ct.id = c.entity_type_entities
			JOIN   entity_tree p
			ON     c.entity_children = p.id
			WHERE  level < 10 -- prevent infinite loop & excessive recursion
			AND    ct.is_location = true
		){{ WITH_ITEMS }}

		SELECT   id,
				 NAME,
				 level,
				 parent_id,
				 node_type
		FROM    (
					SELECT  *
					FROM    entity_tree

					{{ WITH_ITEMS_FROM }}

				) tree
		ORDER BY node_type DESC, -- sort locations before items
				 level,
				 lower(NAME)`

	query = strings.ReplaceAll(query, "{{ WITH_ITEMS }}", "")
	query = strings.ReplaceAll(query, "{{ WITH_ITEMS_FROM }}", "")

	rows, err := r.db.Sql().QueryContext(ctx, query, gid)
	if err != nil {
		return nil, err
	}
	defer func() { _ = rows.Close() }()

	var flatItems []FlatTreeItem
	for rows.Next() {
		var item FlatTreeItem
		if err := rows.Scan(&item.ID, &item.Name, &item.Level, &item.ParentID, &item.Type); err != nil {
			return nil, err
		}
		flatItems = append(flatItems, item)
	}

	if err := rows.Err(); err != nil {
		return nil, err
	}

	tree := ConvertEntitiesToTree(flatItems)
	return tree, nil
}

// ConvertEntitiesToTree is data/repo/repo_entities.go:2888 (lo.Map inlined).
func ConvertEntitiesToTree(items []FlatTreeItem) []TreeItem {
	itemMap := make(map[uuid.UUID]*TreeItem, len(items))

	var rootIds []uuid.UUID

	for _, item := range items {
		node := &TreeItem{
			ID:       item.ID,
			Name:     item.Name,
			Type:     item.Type,
			Children: []*TreeItem{},
		}

		itemMap[item.ID] = node
		if item.ParentID != uuid.Nil {
			parent, ok := itemMap[item.ParentID]
			if ok {
				parent.Children = append(parent.Children, node)
			}
		} else {
			rootIds = append(rootIds, item.ID)
		}
	}

	out := make([]TreeItem, 0, len(rootIds))
	for _, id := range rootIds {
		out = append(out, *itemMap[id])
	}
	return out
}
