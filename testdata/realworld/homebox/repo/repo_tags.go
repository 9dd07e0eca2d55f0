// Package repo reproduces sysadminsmedia/homebox 8222a88de7b4 backend/internal/data/repo.
package repo

import (
	"context"
	"fmt"
	"time"

	"example.com/realworld/homebox/ent"
	"example.com/realworld/homebox/ent/group"
	"example.com/realworld/homebox/ent/predicate"
	"example.com/realworld/homebox/ent/tag"
	"github.com/google/uuid"
)

// TagRepository is data/repo/repo_tags.go:17.
type TagRepository struct {
	db *ent.Client
}

type (
	// TagCreate is data/repo/repo_tags.go:29.
	TagCreate struct {
		Name        string    `json:"name"        validate:"required,min=1,max=255"`
		ParentID    uuid.UUID `json:"parentId"    extensions:"x-nullable"`
		Description string    `json:"description" validate:"max=1000"`
		Color       string    `json:"color"`
		Icon        string    `json:"icon"        validate:"max=255"`
	}

	// TagSummary is data/repo/repo_tags.go:51.
	TagSummary struct {
		ID          uuid.UUID `json:"id"`
		ParentID    uuid.UUID `json:"parentId"    extensions:"x-nullable"`
		Name        string    `json:"name"`
		Description string    `json:"description"`
		Color       string    `json:"color"`
		Icon        string    `json:"icon"`
		CreatedAt   time.Time `json:"createdAt"`
		UpdatedAt   time.Time `json:"updatedAt"`
	}

	// TagOut is data/repo/repo_tags.go:65.
	TagOut struct {
		TagSummary
		Parent   *TagSummary  `json:"parent,omitempty" extensions:"x-nullable"`
		Children []TagSummary `json:"children"`
	}
)

// mapTagSummary is data/repo/repo_tags.go:72.
func mapTagSummary(tag *ent.Tag) TagSummary {
	parentID := uuid.Nil
	if tag.Edges.Parent != nil {
		parentID = tag.Edges.Parent.ID
	}

	return TagSummary{
		ID:          tag.ID,
		ParentID:    parentID,
		Name:        tag.Name,
		Description: tag.Description,
		Color:       tag.Color,
		Icon:        tag.Icon,
		CreatedAt:   tag.CreatedAt,
		UpdatedAt:   tag.UpdatedAt,
	}
}

var (
	mapTagOutErr = mapTErrFunc(mapTagOut)
	mapTagsOut   = mapTEachErrFunc(mapTagSummary)
)

// mapTagOut is data/repo/repo_tags.go:95 (lo helpers inlined).
func mapTagOut(tag *ent.Tag) TagOut {
	var parent *TagSummary
	if tag.Edges.Parent != nil {
		p := mapTagSummary(tag.Edges.Parent)
		parent = &p
	}

	children := []TagSummary{}
	for _, c := range tag.Edges.Children {
		summary := mapTagSummary(c)
		summary.ParentID = tag.ID
		children = append(children, summary)
	}

	return TagOut{
		TagSummary: mapTagSummary(tag),
		Parent:     parent,
		Children:   children,
	}
}

// getOne is data/repo/repo_tags.go:127.
func (r *TagRepository) getOne(ctx context.Context, where ...predicate.Tag) (TagOut, error) {
	return mapTagOutErr(r.db.Tag.Query().
		Where(where...).
		WithGroup().
		WithParent().
		WithChildren().
		Only(ctx),
	)
}

// GetAll is data/repo/repo_tags.go:153.
func (r *TagRepository) GetAll(ctx context.Context, groupID uuid.UUID) ([]TagSummary, error) {
	return mapTagsOut(r.db.Tag.Query().
		Where(tag.HasGroupWith(group.ID(groupID))).
		Order(ent.Asc(tag.FieldName)).
		WithGroup().
		WithParent().
		All(ctx),
	)
}

// checkDepth is data/repo/repo_tags.go:252.
func (r *TagRepository) checkDepth(ctx context.Context, parentID uuid.UUID) (int, error) {
	if parentID == uuid.Nil {
		return 0, nil
	}

	query := `
		WITH RECURSIVE tag_parents(id, parent_id, depth) AS (
			SELECT id, tag_children, 1
			FROM tags
			WHERE id = $1
			UNION ALL
			SELECT t.id, t.tag_children, tp.depth + 1
			FROM tags t
			JOIN tag_parents tp ON t.id = tp.parent_id
		)
		SELECT MAX(depth) FROM tag_parents;
	`
	rows, err := r.db.Sql().QueryContext(ctx, query, parentID)
	if err != nil {
		return 0, err
	}
	defer func() { _ = rows.Close() }()

	if rows.Next() {
		var depth int
		if err := rows.Scan(&depth); err != nil {
			return 0, err
		}
		return depth, nil
	}

	return 0, nil
}

// Create is data/repo/repo_tags.go:327: the optional parent is validated,
// then the tag is inserted.
func (r *TagRepository) Create(ctx context.Context, groupID uuid.UUID, data TagCreate) (TagOut, error) {
	if data.ParentID != uuid.Nil {
		// Verify parent tag belongs to the same group
		parentTag, err := r.db.Tag.Query(). // safe: parent existence check; the inserted tag has a different key
							Where(tag.ID(data.ParentID)).
							WithGroup().
							Only(ctx)
		if err != nil {
			if ent.IsNotFound(err) {
				return TagOut{}, fmt.Errorf("parent tag not found or does not belong to this group")
			}
			return TagOut{}, err
		}
		if parentTag.Edges.Group == nil || parentTag.Edges.Group.ID != groupID {
			return TagOut{}, fmt.Errorf("parent tag not found or does not belong to this group")
		}

		parentDepth, err := r.checkDepth(ctx, data.ParentID)
		if err != nil {
			return TagOut{}, err
		}
		// New item has depth 1.
		if parentDepth+1 > 5 {
			return TagOut{}, fmt.Errorf("max depth of 5 exceeded")
		}
	}

	q := r.db.Tag.Create().
		SetName(data.Name).
		SetDescription(data.Description).
		SetColor(data.Color).
		SetIcon(data.Icon).
		SetGroupID(groupID)

	if data.ParentID != uuid.Nil {
		q.SetParentID(data.ParentID)
	}

	createdTag, err := q.Save(ctx)
	if err != nil {
		return TagOut{}, err
	}

	// Re-fetch the tag to get fully populated edges (Parent, Children)
	freshTag, err := r.getOne(ctx, tag.ID(createdTag.ID), tag.HasGroupWith(group.ID(groupID)))
	if err != nil {
		return TagOut{}, err
	}

	return freshTag, nil
}
