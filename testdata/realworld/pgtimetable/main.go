package main

import (
	"context"
	"os"

	"example.com/realworld/pgtimetable/internal/config"
	"example.com/realworld/pgtimetable/internal/log"
	"example.com/realworld/pgtimetable/internal/pgengine"
)

const (
	ExitCodeOK int = iota
	ExitCodeConfigError
	ExitCodeDBEngineError
)

var pge *pgengine.PgEngine

// run contains the core application logic and returns an exit code.
// (trimmed: REST API, migrations check/upgrade, OTel, scheduler)
func run(ctx context.Context, cmdOpts *config.CmdOptions, logger log.LoggerHookerIface) int {
	var err error
	if pge, err = pgengine.New(ctx, *cmdOpts, logger); err != nil {
		logger.WithError(err).Error("Connection failed")
		return ExitCodeDBEngineError
	}
	defer pge.Finalize()
	return ExitCodeOK
}

// main (trimmed: flag parsing; the reproduction reads the environment)
func main() {
	cmdOpts := &config.CmdOptions{
		ClientName: os.Getenv("PGTT_CLIENTNAME"),
		ConnStr:    os.Getenv("PGTT_CONNSTR"),
	}
	if f := os.Getenv("PGTT_FILE"); f != "" {
		cmdOpts.Start.File = []string{f}
	}
	os.Exit(run(context.Background(), cmdOpts, log.Init()))
}
