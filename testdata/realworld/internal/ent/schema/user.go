package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
)

// User is cloudreve's ent/schema/user.go (0bb0ab83), reduced.
type User struct{ ent.Schema }

func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("email").MaxLen(100).Unique(),
		field.String("nick").MaxLen(100),
		field.String("status").Default("active"),
		field.Int("group_users").Default(0),
	}
}
