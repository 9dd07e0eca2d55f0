// Package schema reproduces sysadminsmedia/homebox 8222a88de7b4 backend/internal/data/ent/schema.
package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"example.com/realworld/homebox/ent/schema/mixins"
	"github.com/google/uuid"
)

// User is data/ent/schema/user.go:15.
type User struct {
	ent.Schema
}

// Mixin is data/ent/schema/user.go:19.
func (User) Mixin() []ent.Mixin {
	return []ent.Mixin{
		mixins.BaseMixin{},
	}
}

// Fields is data/ent/schema/user.go:26.
func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").
			MaxLen(255).
			NotEmpty(),
		field.String("email").
			MaxLen(255).
			NotEmpty().
			Unique(),
		field.String("password").
			MaxLen(255).
			Nillable().
			Optional().
			Sensitive(),
		field.Bool("is_superuser").
			Default(false),
		field.Bool("superuser").
			Default(false),
		field.Time("activated_on").
			Optional(),
		// OIDC identity mapping fields (issuer + subject)
		field.String("oidc_issuer").
			Optional().
			Nillable(),
		field.String("oidc_subject").
			Optional().
			Nillable(),
		// default_group_id is the user's primary tenant/group
		field.UUID("default_group_id", uuid.UUID{}).
			Optional().
			Nillable(),
		field.JSON("settings", map[string]interface{}{}).
			Optional(),
	}
}

// Indexes is data/ent/schema/user.go:62.
func (User) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("oidc_issuer", "oidc_subject").Unique(),
	}
}

// Edges is data/ent/schema/user.go:69 (token/notifier edges dropped).
func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("groups", Group.Type).
			Through("user_groups", UserGroup.Type),
	}
}
