package main

import (
	"context"
	"os"

	"example.com/realworld/woodpecker/third_party/cli"
	"example.com/realworld/woodpecker/third_party/zerolog/log"
)

// run is cmd/server/server.go:run, reduced: setupStore (:103), then
// setupEvilGlobals (:120), and only after that the errgroup that starts the
// cron scheduler and the HTTP/gRPC servers (:126 onwards).
func run(ctx context.Context, c *cli.Command) error {
	_store, err := setupStore(ctx, c)
	if err != nil {
		return err
	}
	defer func() { _ = _store.Close() }()

	return setupEvilGlobals(ctx, c, _store)
}

func main() {
	c := &cli.Command{Strings: map[string]string{
		"db-driver":     "sqlite3",
		"db-datasource": os.Getenv("WOODPECKER_DATABASE_DATASOURCE"),
	}, Bools: map[string]bool{"github": true}}
	if err := run(context.Background(), c); err != nil {
		log.Error().Err(err).Msg("error running server")
		os.Exit(1)
	}
}
