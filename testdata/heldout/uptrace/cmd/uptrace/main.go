// Command uptrace reproduces the start-up hooks of cmd/uptrace/main.go that
// touch PostgreSQL (upstream they are fx lifecycle hooks).
package main

import (
	"context"
	"log"

	"example.com/heldout/uptrace/pkg/bunapp"
	"example.com/heldout/uptrace/pkg/metrics"
	"example.com/heldout/uptrace/pkg/org"
	"example.com/heldout/uptrace/third_party/otelzap"
	"github.com/uptrace/bun"
)

// initPostgres reproduces cmd/uptrace/main.go:232 (the bun migrator runs under
// the global advisory lock; runPGMigrations :243 is bun/migrate library code).
func initPostgres(pg *bun.DB) error {
	if err := pg.Ping(); err != nil {
		return err
	}

	ctx := context.Background()
	return bunapp.WithGlobalLock(ctx, pg, func() error {
		return nil
	})
}

// syncDashboards reproduces cmd/uptrace/main.go:440 (fx OnStart hook).
func syncDashboards(ctx context.Context, logger *otelzap.Logger, pg *bun.DB, projects *org.ProjectGateway) error {
	all, err := projects.SelectAll(ctx)
	if err != nil {
		return err
	}

	dashSyncer := metrics.NewDashSyncer(logger, pg)
	for _, project := range all {
		if err := dashSyncer.CreateDashboardsHandler(ctx, project.ID); err != nil {
			return err
		}
	}

	return nil
}

func main() {
	pg := &bun.DB{}
	logger := &otelzap.Logger{}
	if err := initPostgres(pg); err != nil {
		log.Fatal(err)
	}
	if err := syncDashboards(context.Background(), logger, pg, &org.ProjectGateway{}); err != nil {
		log.Fatal(err)
	}
	_ = metrics.NewDatapointProcessor(metrics.DatapointProcessorParams{
		Logger:    logger,
		PG:        pg,
		MainQueue: bunapp.NewMainQueue(pg),
	})
}
