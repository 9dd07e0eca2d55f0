// Package schema reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/data/ent/schema.
package schema

import (
	"time"

	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"example.com/realworld/chainloop/biz"
	"github.com/google/uuid"
)

// CASBackend is data/ent/schema/casbackend.go:31 (workflow_run edge dropped).
type CASBackend struct {
	ent.Schema
}

// Fields is data/ent/schema/casbackend.go:35.
func (CASBackend) Fields() []ent.Field {
	return []ent.Field{
		field.UUID("id", uuid.UUID{}).Default(uuid.New).Unique(),
		// NOTE: neither the location nor the provider can be updated
		// CAS backend location, i.e S3 bucket name, OCI repository name
		field.String("location").Immutable(),
		field.String("name").Immutable(),
		field.Enum("provider").GoType(biz.CASBackendProvider("")).Immutable(),
		field.String("description").Optional(),
		field.String("secret_name"),
		field.Time("created_at").
			Default(time.Now).
			Immutable().
			Annotations(&entsql.Annotation{Default: "CURRENT_TIMESTAMP"}),
		field.Time("updated_at").
			Default(time.Now).
			UpdateDefault(time.Now).
			Annotations(&entsql.Annotation{Default: "CURRENT_TIMESTAMP"}),
		field.Enum("validation_status").
			GoType(biz.CASBackendValidationStatus("")).
			Default(string(biz.CASBackendValidationOK)),
		field.String("validation_error").Optional(),
		field.Time("validated_at").Default(time.Now).
			Annotations(&entsql.Annotation{Default: "CURRENT_TIMESTAMP"}),
		field.Bool("default").Default(false),
		field.Time("deleted_at").Optional(),
		// fallback, main cas backend. If true, this backend will be used as a fallback when the default backend is unreachable
		field.Bool("fallback").Default(false),
		// managed indicates this backend is provisioned and operated by Chainloop
		field.Bool("managed").Default(false),
		field.Int64("max_blob_size_bytes"),
		field.UUID("organization_cas_backends", uuid.UUID{}),
	}
}

// Edges is data/ent/schema/casbackend.go:70.
func (CASBackend) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("organization", Organization.Type).Ref("cas_backends").Unique().Field("organization_cas_backends").Required(),
	}
}

// Indexes is data/ent/schema/casbackend.go:78.
func (CASBackend) Indexes() []ent.Index {
	return []ent.Index{
		// names are unique within a organization and affects only to non-deleted items
		index.Fields("name").Edges("organization").Unique().Annotations(
			entsql.IndexWhere("deleted_at IS NULL"),
		),
	}
}
