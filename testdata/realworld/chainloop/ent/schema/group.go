// Package schema reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/data/ent/schema.
package schema

import (
	"time"

	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/index"

	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/field"
	"github.com/google/uuid"
)

// Group is data/ent/schema/group.go:30.
type Group struct {
	ent.Schema
}

// Fields is data/ent/schema/group.go:34.
func (Group) Fields() []ent.Field {
	return []ent.Field{
		field.UUID("id", uuid.UUID{}).Default(uuid.New).Unique(),
		field.String("name").NotEmpty(),
		field.String("description").Optional(),
		field.UUID("organization_id", uuid.UUID{}),
		field.Time("created_at").
			Default(time.Now).
			Immutable().
			Annotations(&entsql.Annotation{Default: "CURRENT_TIMESTAMP"}),
		field.Time("updated_at").
			Default(time.Now).
			Annotations(&entsql.Annotation{Default: "CURRENT_TIMESTAMP"}),
		field.Time("deleted_at").Optional(),
		field.Int("member_count").Default(0),
	}
}

// Edges is data/ent/schema/group.go:52.
func (Group) Edges() []ent.Edge {
	return []ent.Edge{
		// The members of the group
		edge.From("group_memberships", GroupMembership.Type).Ref("group"),
		// The organization this group belongs to
		edge.From("organization", Organization.Type).
			Field("organization_id").
			Ref("groups").
			Unique().
			Required(),
	}
}

// Indexes is data/ent/schema/group.go:65.
func (Group) Indexes() []ent.Index {
	return []ent.Index{
		// names are unique within an organization and affects only to non-deleted items
		index.Fields("name").Edges("organization").Unique().Annotations(
			entsql.IndexWhere("deleted_at IS NULL"),
		),
	}
}
