// Package schema reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/data/ent/schema.
package schema

import (
	"net/mail"
	"time"

	"entgo.io/ent/schema/index"

	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"github.com/google/uuid"
)

// User is data/ent/schema/user.go:32.
type User struct {
	ent.Schema
}

// Fields is data/ent/schema/user.go:37.
func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("email").
			Unique().
			Validate(func(email string) error {
				_, err := mail.ParseAddress(email)
				return err
			}),
		field.UUID("id", uuid.UUID{}).Default(uuid.New).Unique(),
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
		field.Bool("has_restricted_access").Optional().Nillable(),
		field.String("first_name").Optional(),
		field.String("last_name").Optional(),
	}
}

// Edges is data/ent/schema/user.go:64.
func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("memberships", Membership.Type).Annotations(entsql.Annotation{OnDelete: entsql.Cascade}),
		edge.From("group_memberships", GroupMembership.Type).Ref("user"),
	}
}

// Indexes is data/ent/schema/user.go:71.
func (User) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("has_restricted_access"),
	}
}
