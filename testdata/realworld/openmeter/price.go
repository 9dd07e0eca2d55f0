// Package openmeter reproduces openmeterio/openmeter 7e57a394a028
// openmeter/llmcost/adapter/price.go.
package openmeter

import (
	"context"
	"fmt"
	"time"

	"example.com/realworld/internal/ent"
	pricedb "example.com/realworld/internal/ent/llmcostprice"
)

type Price struct {
	Provider, ModelID, ModelName, Source string
	Input, Output                        float64
	EffectiveFrom                        time.Time
}

type adapter struct{ db *ent.Client }

// UpsertGlobalPrice is price.go:253: find the current global price,
// update it when found, else create it. The unique index has the
// namespace in it, which is NULL for global prices, so two syncs insert
// two current prices.
func (a *adapter) UpsertGlobalPrice(ctx context.Context, price Price) error {
	// Try to find existing current global price
	existing, err := a.db.LLMCostPrice.Query(). // race
							Where(pricedb.DeletedAtIsNil()).
							Where(pricedb.NamespaceIsNil()).
							Where(pricedb.ProviderEQ(price.Provider)).
							Where(pricedb.ModelIDEQ(price.ModelID)).
							Where(pricedb.EffectiveToIsNil()).
							First(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return fmt.Errorf("failed to query existing global price: %w", err)
	}

	if existing != nil {
		// Update existing row in place
		_, err = a.db.LLMCostPrice.UpdateOneID(existing.ID).
			SetModelName(price.ModelName).
			SetInputPerToken(price.Input).
			SetOutputPerToken(price.Output).
			SetSource(price.Source).
			Save(ctx)
		if err != nil {
			return fmt.Errorf("failed to update global price: %w", err)
		}
		return nil
	}

	// Create new row
	err = a.db.LLMCostPrice.Create().
		SetProvider(price.Provider).
		SetModelID(price.ModelID).
		SetModelName(price.ModelName).
		SetInputPerToken(price.Input).
		SetOutputPerToken(price.Output).
		SetSource(price.Source).
		SetEffectiveFrom(price.EffectiveFrom).
		Exec(ctx)
	if err != nil {
		return fmt.Errorf("failed to create global price: %w", err)
	}
	return nil
}

// CreateOverride is price.go:141: the previous override is soft-deleted,
// then a new one created; no lookup decides the create.
func (a *adapter) CreateOverride(ctx context.Context, ns string, price Price) error {
	_, err := a.db.LLMCostPrice.Update(). // safe: no lookup before the create
						Where(pricedb.DeletedAtIsNil()).
						Where(pricedb.NamespaceEQ(ns)).
						Where(pricedb.ProviderEQ(price.Provider)).
						Where(pricedb.ModelIDEQ(price.ModelID)).
						SetDeletedAt(time.Now()).
						Save(ctx)
	if err != nil {
		return err
	}
	return a.db.LLMCostPrice.Create().
		SetNamespace(ns).
		SetProvider(price.Provider).
		SetModelID(price.ModelID).
		SetInputPerToken(price.Input).
		SetOutputPerToken(price.Output).
		SetSource("manual").
		SetEffectiveFrom(price.EffectiveFrom).
		Exec(ctx)
}
