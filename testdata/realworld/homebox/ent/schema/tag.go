// Package schema reproduces sysadminsmedia/homebox 8222a88de7b4 backend/internal/data/ent/schema.
package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"example.com/realworld/homebox/ent/schema/mixins"
)

// Tag is data/ent/schema/tag.go:11 (no indexes: name is not unique).
type Tag struct {
	ent.Schema
}

// Mixin is data/ent/schema/tag.go:15.
func (Tag) Mixin() []ent.Mixin {
	return []ent.Mixin{
		mixins.BaseMixin{},
		mixins.DetailsMixin{},
		GroupMixin{ref: "tags"},
	}
}

// Fields is data/ent/schema/tag.go:24.
func (Tag) Fields() []ent.Field {
	return []ent.Field{
		field.String("color").
			MaxLen(255).
			Optional(),
		field.String("icon").
			MaxLen(255).
			Optional(),
	}
}

// Edges is data/ent/schema/tag.go:36.
func (Tag) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("entities", Entity.Type),
		edge.To("children", Tag.Type).
			From("parent").
			Unique(),
	}
}
