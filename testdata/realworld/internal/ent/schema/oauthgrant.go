package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// OAuthGrant is cloudreve's ent/schema/oauthgrant.go (0bb0ab83), reduced.
type OAuthGrant struct{ ent.Schema }

func (OAuthGrant) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id"),
		field.Int("client_id"),
		field.String("scopes").Default(""),
		field.Time("last_used_at").Optional().Nillable(),
	}
}

func (OAuthGrant) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "client_id").Unique()}
}
