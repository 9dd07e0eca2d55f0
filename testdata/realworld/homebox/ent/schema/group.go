// Package schema reproduces sysadminsmedia/homebox 8222a88de7b4 backend/internal/data/ent/schema.
package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"
	"example.com/realworld/homebox/ent/schema/mixins"
	"github.com/google/uuid"
)

// Group is data/ent/schema/group.go:14.
type Group struct {
	ent.Schema
}

// Mixin is data/ent/schema/group.go:18.
func (Group) Mixin() []ent.Mixin {
	return []ent.Mixin{
		mixins.BaseMixin{},
	}
}

// Fields is data/ent/schema/group.go:25.
func (Group) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").
			MaxLen(255).
			NotEmpty(),
		field.String("currency").
			Default("usd"),
	}
}

// Edges is data/ent/schema/group.go:36 (edges to schemas not reproduced dropped).
func (Group) Edges() []ent.Edge {
	owned := func(name string, t any) ent.Edge {
		return edge.To(name, t).
			Annotations(entsql.Annotation{
				OnDelete: entsql.Cascade,
			})
	}

	return []ent.Edge{
		// M:M between users and groups; the user_groups join carries per-membership role.
		edge.From("users", User.Type).
			Ref("groups").
			Through("user_groups", UserGroup.Type),
		owned("entity_types", EntityType.Type),
		owned("entities", Entity.Type),
		owned("tags", Tag.Type),
		owned("invitation_tokens", GroupInvitationToken.Type),
	}
}

// GroupMixin is data/ent/schema/group.go:62.
type GroupMixin struct {
	mixin.Schema
	ref   string
	field string
}

// Fields is data/ent/schema/group.go:68.
func (g GroupMixin) Fields() []ent.Field {
	if g.field != "" {
		return []ent.Field{
			field.UUID(g.field, uuid.UUID{}),
		}
	}

	return nil
}

// Edges is data/ent/schema/group.go:78.
func (g GroupMixin) Edges() []ent.Edge {
	e := edge.From("group", Group.Type).
		Ref(g.ref).
		Unique().
		Required()

	if g.field != "" {
		e = e.Field(g.field)
	}

	return []ent.Edge{e}
}
