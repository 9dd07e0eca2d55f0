// Package mixins reproduces sysadminsmedia/homebox 8222a88de7b4 backend/internal/data/ent/schema/mixins.
package mixins

import (
	"time"

	"entgo.io/ent"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"
	"github.com/google/uuid"
)

// BaseMixin is data/ent/schema/mixins/base.go:12.
type BaseMixin struct {
	mixin.Schema
}

// Fields is data/ent/schema/mixins/base.go:16.
func (BaseMixin) Fields() []ent.Field {
	return []ent.Field{
		field.UUID("id", uuid.UUID{}).
			Default(uuid.New),
		field.Time("created_at").
			Immutable().
			Default(time.Now),
		field.Time("updated_at").
			Default(time.Now).
			UpdateDefault(time.Now),
	}
}

// DetailsMixin is data/ent/schema/mixins/base.go:29.
type DetailsMixin struct {
	mixin.Schema
}

// Fields is data/ent/schema/mixins/base.go:33.
func (DetailsMixin) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").
			MaxLen(255).
			NotEmpty(),
		field.String("description").
			MaxLen(1000).
			Optional(),
	}
}
