package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
)

// Bouncer is crowdsec's pkg/database/ent/schema/bouncer.go (a88b497b4).
type Bouncer struct{ ent.Schema }

func (Bouncer) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").Unique(),
		field.String("api_key").Sensitive(),
		field.Bool("revoked").Default(false),
		field.String("ip_address").Default("").Optional(),
		field.String("auth_type").Default("api-key"),
	}
}
