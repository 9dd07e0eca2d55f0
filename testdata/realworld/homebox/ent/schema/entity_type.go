// Package schema reproduces sysadminsmedia/homebox 8222a88de7b4 backend/internal/data/ent/schema.
package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"example.com/realworld/homebox/ent/schema/mixins"
)

// EntityType is data/ent/schema/entity_type.go:12 (no indexes).
type EntityType struct {
	ent.Schema
}

// Mixin is data/ent/schema/entity_type.go:16.
func (EntityType) Mixin() []ent.Mixin {
	return []ent.Mixin{
		mixins.BaseMixin{},
		mixins.DetailsMixin{},
		GroupMixin{ref: "entity_types"},
	}
}

// Fields is data/ent/schema/entity_type.go:25.
func (EntityType) Fields() []ent.Field {
	return []ent.Field{
		field.Bool("is_location").
			Default(false),
		field.String("icon").
			MaxLen(255).
			Optional(),
	}
}

// Edges is data/ent/schema/entity_type.go:36 (default_template edge dropped).
func (EntityType) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("entities", Entity.Type).
			Annotations(entsql.Annotation{
				OnDelete: entsql.Restrict,
			}),
	}
}
