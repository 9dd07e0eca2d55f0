package main

import (
	"context"
	"fmt"
	"os"

	"example.com/realworld/pgwatch/internal/cmdopts"
)

// main (trimmed: option parsing, sub-commands, logging, reaper, web UI)
func main() {
	mainCtx := context.Background()
	opts := &cmdopts.Options{}
	opts.Metrics.Metrics = os.Getenv("PW_METRICS")
	opts.Sources.Sources = os.Getenv("PW_SOURCES")
	opts.Sinks.Sinks = []string{os.Getenv("PW_SINK")}
	opts.Sinks.PartitionInterval = "1 day"
	opts.Sinks.RetentionInterval = "14 days"
	opts.Sinks.MaintenanceInterval = "12 hours"

	if err := opts.InitConfigReaders(mainCtx); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}

	if err := opts.InitSinkWriter(mainCtx); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
}
