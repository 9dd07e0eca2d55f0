// Package schema reproduces sysadminsmedia/homebox 8222a88de7b4 backend/internal/data/ent/schema.
package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"example.com/realworld/homebox/ent/schema/mixins"
)

// Entity is data/ent/schema/entity.go:13.
type Entity struct {
	ent.Schema
}

// Mixin is data/ent/schema/entity.go:17.
func (Entity) Mixin() []ent.Mixin {
	return []ent.Mixin{
		mixins.BaseMixin{},
		mixins.DetailsMixin{},
		GroupMixin{ref: "entities"},
	}
}

// Indexes is data/ent/schema/entity.go:25 (none unique).
func (Entity) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("name"),
		index.Fields("manufacturer"),
		index.Fields("model_number"),
		index.Fields("serial_number"),
		index.Fields("archived"),
		index.Fields("asset_id"),
	}
}

// Fields is data/ent/schema/entity.go:37 (warranty/purchase/sold fields trimmed).
func (Entity) Fields() []ent.Field {
	return []ent.Field{
		field.String("import_ref").
			Optional().
			MaxLen(100),
		field.String("notes").
			MaxLen(1000).
			Optional(),
		field.Float("quantity").
			Default(1),
		field.Bool("insured").
			Default(false),
		field.Bool("archived").
			Default(false),
		field.Int64("asset_id").
			Default(0),
		field.Bool("sync_child_entity_locations").
			Default(false),

		// ------------------------------------
		// item identification
		field.String("serial_number").
			MaxLen(255).
			Optional(),
		field.String("model_number").
			MaxLen(255).
			Optional(),
		field.String("manufacturer").
			MaxLen(255).
			Optional(),
	}
}

// Edges is data/ent/schema/entity.go:102 (fields/maintenance/attachments edges dropped).
func (Entity) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("children", Entity.Type).
			From("parent").
			Unique(),
		edge.From("tag", Tag.Type).
			Ref("entities"),
		edge.From("entity_type", EntityType.Type).
			Ref("entities").
			Unique().
			Required(),
	}
}
