// Package schema reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/data/ent/schema.
package schema

import (
	"time"

	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"example.com/realworld/chainloop/authz"
	"example.com/realworld/chainloop/biz"
	"github.com/google/uuid"
)

// OrgInvitation is data/ent/schema/orginvitation.go:30 (no indexes upstream).
type OrgInvitation struct {
	ent.Schema
}

// Fields is data/ent/schema/orginvitation.go:34.
func (OrgInvitation) Fields() []ent.Field {
	return []ent.Field{
		field.UUID("id", uuid.UUID{}).Default(uuid.New).Unique(),
		field.String("receiver_email").Immutable(),
		field.Enum("status").
			GoType(biz.OrgInvitationStatus("")).
			Default(string(biz.OrgInvitationStatusPending)),
		field.Time("created_at").
			Default(time.Now).
			Immutable().
			Annotations(&entsql.Annotation{Default: "CURRENT_TIMESTAMP"}),
		field.Time("deleted_at").Optional(),

		// edge fields to be able to access to them directly
		field.UUID("organization_id", uuid.UUID{}),
		field.UUID("sender_id", uuid.UUID{}).Optional(),
		// Role that will be assigned to the user when they accept the invitation
		field.Enum("role").GoType(authz.Role("")).Optional(),
		// Context is a JSON field that can be used to store additional information
		field.JSON("context", biz.OrgInvitationContext{}).Optional(),
	}
}

// Edges is data/ent/schema/orginvitation.go:57.
func (OrgInvitation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("organization", Organization.Type).Unique().Required().Field("organization_id").Annotations(entsql.Annotation{OnDelete: entsql.Cascade}),
		edge.To("sender", User.Type).Unique().Field("sender_id").Annotations(entsql.Annotation{OnDelete: entsql.Cascade}),
	}
}
