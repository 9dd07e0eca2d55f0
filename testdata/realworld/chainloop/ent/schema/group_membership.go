// Package schema reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/data/ent/schema.
package schema

import (
	"time"

	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/google/uuid"
)

// GroupMembership is data/ent/schema/group_membership.go:30.
type GroupMembership struct {
	ent.Schema
}

// Fields is data/ent/schema/group_membership.go:34.
func (GroupMembership) Fields() []ent.Field {
	return []ent.Field{
		field.UUID("id", uuid.UUID{}).
			Default(uuid.New).
			Unique(),
		field.UUID("group_id", uuid.UUID{}).
			Default(uuid.New).
			Unique(),
		field.UUID("user_id", uuid.UUID{}).
			Default(uuid.New).
			Unique(),
		field.Bool("maintainer").Default(false),
		field.Time("created_at").
			Default(time.Now).
			Immutable().
			Annotations(&entsql.Annotation{Default: "CURRENT_TIMESTAMP"}),
		field.Time("updated_at").
			Default(time.Now).
			Annotations(&entsql.Annotation{Default: "CURRENT_TIMESTAMP"}),
		field.Time("deleted_at").Optional(),
	}
}

// Edges is data/ent/schema/group_membership.go:58.
func (GroupMembership) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("group", Group.Type).
			Required().
			Unique().
			Field("group_id").
			Annotations(entsql.Annotation{OnDelete: entsql.Cascade}),
		edge.To("user", User.Type).
			Required().
			Unique().
			Field("user_id").
			Annotations(entsql.Annotation{OnDelete: entsql.Cascade}),
	}
}

// Indexes is data/ent/schema/group_membership.go:74.
func (GroupMembership) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("group_id", "user_id").Unique().Annotations(
			entsql.IndexWhere("deleted_at IS NULL"),
		),
	}
}
