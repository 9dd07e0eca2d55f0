package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
)

// Visitor is keyed by email.
type Visitor struct {
	ent.Schema
}

// Fields of the Visitor.
func (Visitor) Fields() []ent.Field {
	return []ent.Field{
		field.String("email").Unique(),
	}
}
