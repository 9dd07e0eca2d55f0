// Package schema reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/data/ent/schema.
package schema

import (
	"time"

	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/google/uuid"
)

// Organization is data/ent/schema/organization.go:30 (edges to schemas not
// reproduced are dropped).
type Organization struct {
	ent.Schema
}

// Fields is data/ent/schema/organization.go:35.
func (Organization) Fields() []ent.Field {
	return []ent.Field{
		field.UUID("id", uuid.UUID{}).Default(uuid.New).Unique(),
		field.String("name"),
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
		field.Time("deleted_at").Optional(),
		field.Bool("block_on_policy_violation").Default(false),
		field.Strings("policies_allowed_hostnames").Optional(),
		field.Bool("prevent_implicit_workflow_creation").Default(false),
		field.Bool("restrict_contract_creation_to_org_admins").Default(false),
		field.Int("api_token_inactivity_threshold_days").Optional().Nillable(),
		field.Bool("enable_ai_agent_collector").Default(false),
		field.Bool("block_attestations_on_released_versions").Default(false),
		field.Bool("skip_runner_env_vars").Default(false),
		field.Bool("suspended").Default(false),
	}
}

// Edges is data/ent/schema/organization.go:74.
func (Organization) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("memberships", Membership.Type).Annotations(entsql.Annotation{OnDelete: entsql.Cascade}),
		edge.To("cas_backends", CASBackend.Type).Annotations(entsql.Annotation{OnDelete: entsql.Cascade}),
		edge.To("projects", Project.Type).Annotations(entsql.Annotation{OnDelete: entsql.Cascade}),
		edge.To("groups", Group.Type).Annotations(entsql.Annotation{OnDelete: entsql.Cascade}),
	}
}

// Indexes is data/ent/schema/organization.go:89.
func (Organization) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("name").Unique().Annotations(
			entsql.IndexWhere("deleted_at IS NULL"),
		),
	}
}
