package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// LLMCostPrice is openmeter's openmeter/ent/schema/llmcostprice.go
// (7e57a394a028), with float64 for its decimals.
type LLMCostPrice struct{ ent.Schema }

func (LLMCostPrice) Fields() []ent.Field {
	return []ent.Field{
		field.String("namespace").Optional().Nillable(),
		field.String("provider").NotEmpty(),
		field.String("model_id").NotEmpty(),
		field.String("model_name").Default(""),
		field.Float("input_per_token"),
		field.Float("output_per_token"),
		field.String("source").NotEmpty(),
		field.Time("effective_from"),
		field.Time("effective_to").Optional().Nillable(),
		field.Time("deleted_at").Optional().Nillable(),
	}
}

func (LLMCostPrice) Indexes() []ent.Index {
	return []ent.Index{
		// one active price per provider+model+namespace+effective_from;
		// namespace is NULL for global prices, and NULLs are distinct.
		index.Fields("provider", "model_id", "namespace", "effective_from").
			Annotations(entsql.IndexWhere("deleted_at IS NULL")).
			Unique(),
		index.Fields("provider", "model_id").
			Annotations(entsql.IndexWhere("deleted_at IS NULL AND namespace IS NULL")),
	}
}
