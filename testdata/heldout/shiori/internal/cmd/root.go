package cmd

import (
	"context"
	"os"
	fp "path/filepath"

	"example.com/heldout/shiori/internal/config"
	"example.com/heldout/shiori/internal/database"
	"example.com/heldout/shiori/internal/dependencies"
	"example.com/heldout/shiori/internal/domains"
	"example.com/heldout/shiori/internal/model"
	"example.com/heldout/shiori/third_party/cobra"
	"example.com/heldout/shiori/third_party/logrus"
)

// initShiori reproduces internal/cmd/root.go:52 (reduced: flag parsing, logging
// and configuration set-up dropped). Every CLI command (add, import, pocket,
// update, server, ...) calls it once, in its single goroutine, before doing
// anything else.
func initShiori(ctx context.Context, cmd *cobra.Command) (*config.Config, *dependencies.Dependencies) {
	logger := logrus.New()

	cfg := &config.Config{
		Storage:  &config.StorageConfig{DataDir: os.Getenv("SHIORI_DIR")},
		Http:     &config.HttpConfig{},
		Database: &config.DatabaseConfig{URL: os.Getenv("SHIORI_DATABASE_URL")},
	}

	err := os.MkdirAll(cfg.Storage.DataDir, model.DataDirPerm)
	if err != nil {
		logger.WithError(err).Fatal("error creating data directory")
	}

	db, err := openDatabase(logger, ctx, cfg)
	if err != nil {
		logger.WithError(err).Fatal("error opening database")
	}

	// Migrate
	if err := db.Migrate(ctx); err != nil {
		logger.WithError(err).Fatalf("Error running migration")
	}

	dependencies := dependencies.NewDependencies(logger, db, cfg)
	dependencies.Domains().SetAccounts(domains.NewAccountsDomain(dependencies))
	dependencies.Domains().SetBookmarks(domains.NewBookmarksDomain(dependencies))
	dependencies.Domains().SetTags(domains.NewTagsDomain(dependencies))

	// Workaround: Get accounts to make sure at least one is present in the database.
	// If there's no accounts in the database, create the shiori/gopher account the legacy api
	// hardcoded in the login handler.
	accounts, err := dependencies.Domains().Accounts().ListAccounts(cmd.Context()) // safe: start-up path, run once per process in its single goroutine before serving or running the command
	if err != nil {
		cError.Printf("Failed to get owner account: %v\n", err)
		os.Exit(1)
	}

	if len(accounts) == 0 {
		account := model.AccountDTO{
			Username: "shiori",
			Password: "gopher",
			Owner:    model.Ptr(true),
		}

		if _, err := dependencies.Domains().Accounts().CreateAccount(cmd.Context(), account); err != nil {
			logger.WithError(err).Fatal("error ensuring owner account")
		}
	}

	return cfg, dependencies
}

// openDatabase reproduces internal/cmd/root.go:140 (reduced).
func openDatabase(logger *logrus.Logger, ctx context.Context, cfg *config.Config) (model.DB, error) {
	if cfg.Database.URL != "" {
		return database.Connect(ctx, cfg.Database.URL)
	}

	return database.OpenSQLiteDatabase(ctx, fp.Join(cfg.Storage.DataDir, "shiori.db"))
}
