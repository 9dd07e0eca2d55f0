// Package schema reproduces mikestefanello/pagoda 02a6db2795ef ent/schema.
package schema

import (
	"time"

	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// PasswordToken is ent/schema/passwordtoken.go:16 (hashing hook dropped).
type PasswordToken struct {
	ent.Schema
}

// Fields is ent/schema/passwordtoken.go:21.
func (PasswordToken) Fields() []ent.Field {
	return []ent.Field{
		field.String("token").
			Sensitive().
			NotEmpty(),
		field.Int("user_id"),
		field.Time("created_at").
			Default(time.Now),
	}
}

// Edges is ent/schema/passwordtoken.go:33.
func (PasswordToken) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("user", User.Type).
			Field("user_id").
			Required().
			Unique(),
	}
}
