package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
)

// Customer is keyed by email.
type Customer struct {
	ent.Schema
}

// Fields of the Customer.
func (Customer) Fields() []ent.Field {
	return []ent.Field{
		field.String("email").Unique(),
		field.String("name").Default(""),
	}
}
