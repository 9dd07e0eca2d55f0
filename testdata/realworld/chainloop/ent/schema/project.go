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

// Project is data/ent/schema/project.go:31 (name validator and the
// workflows/versions edges are dropped).
type Project struct {
	ent.Schema
}

// Fields is data/ent/schema/project.go:36.
func (Project) Fields() []ent.Field {
	return []ent.Field{
		field.UUID("id", uuid.UUID{}).Default(uuid.New).Unique(),
		field.String("name").Immutable(),
		field.String("description").Optional(),
		field.Time("created_at").
			Default(time.Now).
			Immutable().
			Annotations(&entsql.Annotation{
				Default: "CURRENT_TIMESTAMP",
			}),
		field.Time("updated_at").
			Default(time.Now).
			Annotations(&entsql.Annotation{Default: "CURRENT_TIMESTAMP"}),
		field.Time("deleted_at").Optional(),
		field.UUID("organization_id", uuid.UUID{}).Immutable(),
	}
}

// Edges is data/ent/schema/project.go:56.
func (Project) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("organization", Organization.Type).Field("organization_id").Ref("projects").Unique().Required().Immutable(),
	}
}

// Indexes is data/ent/schema/project.go:64.
func (Project) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("name").Edges("organization").Unique().Annotations(
			entsql.IndexWhere("deleted_at IS NULL"),
		),
		index.Edges("organization").Annotations(
			entsql.IndexWhere("deleted_at IS NULL"),
		),
	}
}
