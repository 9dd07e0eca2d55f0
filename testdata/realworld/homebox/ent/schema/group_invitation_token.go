// Package schema reproduces sysadminsmedia/homebox 8222a88de7b4 backend/internal/data/ent/schema.
package schema

import (
	"time"

	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"example.com/realworld/homebox/ent/schema/mixins"
)

// GroupInvitationToken is data/ent/schema/group_invitation_token.go:13.
type GroupInvitationToken struct {
	ent.Schema
}

// Mixin is data/ent/schema/group_invitation_token.go:17.
func (GroupInvitationToken) Mixin() []ent.Mixin {
	return []ent.Mixin{
		mixins.BaseMixin{},
	}
}

// Fields is data/ent/schema/group_invitation_token.go:24.
func (GroupInvitationToken) Fields() []ent.Field {
	return []ent.Field{
		field.Bytes("token").
			Unique(),
		field.Time("expires_at").
			Default(func() time.Time { return time.Now().Add(time.Hour * 24 * 7) }),
		field.Int("uses").
			Default(0),
	}
}

// Edges is data/ent/schema/group_invitation_token.go:36.
func (GroupInvitationToken) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("group", Group.Type).
			Ref("invitation_tokens").
			Unique(),
	}
}
