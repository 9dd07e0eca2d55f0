// Package tagtypes reproduces, trimmed, github.com/SigNoz/signoz/pkg/types/tagtypes
// (tag.go, tag_relation.go, store.go).
package tagtypes

import (
	"context"
	"strings"
	"time"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/types/coretypes"
	"example.com/heldout/signoz/pkg/valuer"
	"github.com/uptrace/bun"
)

var (
	ErrCodeTagInvalidKey   = errors.MustNewCode("tag_invalid_key")
	ErrCodeTagInvalidValue = errors.MustNewCode("tag_invalid_value")
)

// Tag reproduces tag.go:30 (table tag; functional unique index
// (org_id, kind, LOWER(key), LOWER(value)), 100_add_tag_unique_index.go:41-45).
type Tag struct {
	bun.BaseModel `bun:"table:tag,alias:tag"`

	types.Identifiable
	types.TimeAuditable
	Key   string         `json:"key" required:"true" bun:"key,type:text,notnull"`
	Value string         `json:"value" required:"true" bun:"value,type:text,notnull"`
	OrgID valuer.UUID    `json:"orgId" required:"true" bun:"org_id,type:text,notnull"`
	Kind  coretypes.Kind `json:"kind" required:"true" bun:"kind,type:text,notnull"`
}

type PostableTag struct {
	Key   string `json:"key" required:"true"`
	Value string `json:"value" required:"true"`
}

func NewTag(orgID valuer.UUID, kind coretypes.Kind, key, value string) *Tag {
	now := time.Now()
	return &Tag{
		Identifiable: types.Identifiable{ID: valuer.GenerateUUID()},
		TimeAuditable: types.TimeAuditable{
			CreatedAt: now,
			UpdatedAt: now,
		},
		Key:   key,
		Value: value,
		OrgID: orgID,
		Kind:  kind,
	}
}

// ValidatePostableTag reproduces tag.go:99 (character checks trimmed).
func ValidatePostableTag(p PostableTag) (string, string, error) {
	key := strings.TrimSpace(p.Key)
	value := strings.TrimSpace(p.Value)
	if key == "" {
		return "", "", errors.Newf(errors.TypeInvalidInput, ErrCodeTagInvalidKey, "tag key cannot be empty")
	}
	if value == "" {
		return "", "", errors.Newf(errors.TypeInvalidInput, ErrCodeTagInvalidValue, "tag value cannot be empty")
	}
	return key, value, nil
}

// TagRelation reproduces tag_relation.go:12 (unique (kind, resource_id,
// tag_id), 082_add_tags.go:87-92).
type TagRelation struct {
	bun.BaseModel `bun:"table:tag_relation,alias:tag_relation"`

	types.Identifiable
	Kind       coretypes.Kind `json:"kind" required:"true" bun:"kind,type:text,notnull"`
	ResourceID valuer.UUID    `json:"resourceId" required:"true" bun:"resource_id,type:text,notnull"`
	TagID      valuer.UUID    `json:"tagId" required:"true" bun:"tag_id,type:text,notnull"`
	Rank       int            `json:"rank" bun:"rank,notnull"`
	CreatedAt  time.Time      `json:"createdAt" bun:"created_at,notnull"`
}

func NewTagRelation(kind coretypes.Kind, resourceID valuer.UUID, tagID valuer.UUID, rank int) *TagRelation {
	return &TagRelation{
		Identifiable: types.Identifiable{ID: valuer.GenerateUUID()},
		Kind:         kind,
		ResourceID:   resourceID,
		TagID:        tagID,
		Rank:         rank,
		CreatedAt:    time.Now(),
	}
}

func NewTagRelations(kind coretypes.Kind, resourceID valuer.UUID, tagIDs []valuer.UUID) []*TagRelation {
	relations := make([]*TagRelation, 0, len(tagIDs))
	for rank, tagID := range tagIDs {
		relations = append(relations, NewTagRelation(kind, resourceID, tagID, rank))
	}
	return relations
}

// Store reproduces store.go:10 (trimmed).
type Store interface {
	List(ctx context.Context, orgID valuer.UUID, kind coretypes.Kind) ([]*Tag, error)

	// CreateOrGet upserts the given tags and returns them with authoritative IDs.
	// On conflict on (org_id, kind, LOWER(key), LOWER(value)) — which
	// happens only when a concurrent insert raced ours, including casing-only
	// collisions — the returned entry carries the existing row's ID rather
	// than the pre-generated one in the input.
	CreateOrGet(ctx context.Context, tags []*Tag) ([]*Tag, error)

	// CreateRelations inserts tag-resource relations. Conflicts on the composite primary key are ignored.
	CreateRelations(ctx context.Context, relations []*TagRelation) error

	RunInTx(ctx context.Context, cb func(ctx context.Context) error) error
}
