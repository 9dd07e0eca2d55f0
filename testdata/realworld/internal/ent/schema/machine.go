package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
)

// Machine is crowdsec's pkg/database/ent/schema/machine.go (a88b497b4).
type Machine struct{ ent.Schema }

func (Machine) Fields() []ent.Field {
	return []ent.Field{
		field.String("machineId").Unique(),
		field.String("password").Sensitive(),
		field.String("ipAddress"),
		field.Bool("isValidated").Default(false),
		field.String("auth_type").Default("password"),
	}
}
