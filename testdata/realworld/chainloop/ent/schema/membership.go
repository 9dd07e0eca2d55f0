// Package schema reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/data/ent/schema.
package schema

import (
	"time"

	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"example.com/realworld/chainloop/authz"
	"github.com/google/uuid"
)

// Membership is data/ent/schema/membership.go:31.
type Membership struct {
	ent.Schema
}

// Fields is data/ent/schema/membership.go:35.
func (Membership) Fields() []ent.Field {
	return []ent.Field{
		field.UUID("id", uuid.UUID{}).Default(uuid.New).Unique(),
		field.Bool("current").Default(false),
		field.Time("created_at").
			Default(time.Now).
			Immutable().
			Annotations(&entsql.Annotation{
				Default: "CURRENT_TIMESTAMP",
			}),
		field.Time("updated_at").
			Default(time.Now).
			Annotations(&entsql.Annotation{
				Default: "CURRENT_TIMESTAMP",
			}),
		// rbac role in the organization
		field.Enum("role").GoType(authz.Role("")),

		// polymorphic membership for RBAC
		field.Enum("membership_type").GoType(authz.MembershipType("")).Optional(),
		field.UUID("member_id", uuid.UUID{}).Optional(),

		field.Enum("resource_type").GoType(authz.ResourceType("")).Optional(),
		field.UUID("resource_id", uuid.UUID{}).Optional(),

		// Optional role inheritance
		// foreign key points to the parent membership ID
		field.UUID("parent_id", uuid.UUID{}).Optional().Nillable(),
	}
}

// Edges is data/ent/schema/membership.go:66.
func (Membership) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("organization", Organization.Type).Ref("memberships").Unique(),
		edge.From("user", User.Type).Ref("memberships").Unique(),

		// inheritance
		edge.To("children", Membership.Type).Annotations(entsql.Annotation{OnDelete: entsql.Cascade}).From("parent").Field("parent_id").Unique(),
	}
}

// Indexes is data/ent/schema/membership.go:76.
func (Membership) Indexes() []ent.Index {
	return []ent.Index{
		index.Edges("organization", "user"),
		// only one inherited role
		index.Fields("membership_type", "member_id", "resource_type", "resource_id", "parent_id").Unique().Annotations(
			entsql.IndexWhere("parent_id IS NOT NULL"),
		),
		// only one explicit role
		index.Fields("membership_type", "member_id", "resource_type", "resource_id").Unique().Annotations(
			entsql.IndexWhere("parent_id IS NULL"),
		),
	}
}
