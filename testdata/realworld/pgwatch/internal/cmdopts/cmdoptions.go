package cmdopts

import (
	"context"
	"errors"
	"strings"

	"example.com/realworld/pgwatch/internal/db"
	"example.com/realworld/pgwatch/internal/metrics"
	"example.com/realworld/pgwatch/internal/sinks"
	"example.com/realworld/pgwatch/internal/sources"
)

// Options contains the command line options.
// (trimmed: YAML readers, logging, web UI, OS stats options)
type Options struct {
	Sources struct{ Sources string }
	Metrics struct{ Metrics string }
	Sinks   sinks.CmdOpts

	SourcesReaderWriter sources.ReaderWriter
	MetricsReaderWriter metrics.ReaderWriter
	SinksWriter         sinks.Writer
}

// IsPgConnStr (upstream db.IsPgConnStr parses the URI; trimmed)
func (c *Options) IsPgConnStr(arg string) bool {
	return strings.HasPrefix(arg, "postgres://") || strings.HasPrefix(arg, "postgresql://")
}

// InitMetricReader creates a new source reader based on the configuration kind from the options.
func (c *Options) InitMetricReader(ctx context.Context) (err error) {
	if c.IsPgConnStr(c.Metrics.Metrics) {
		c.MetricsReaderWriter, err = metrics.NewPostgresMetricReaderWriter(ctx, c.Metrics.Metrics)
	}
	return
}

// InitSourceReader creates a new source reader based on the configuration kind from the options.
func (c *Options) InitSourceReader(ctx context.Context) (err error) {
	if c.IsPgConnStr(c.Sources.Sources) {
		c.SourcesReaderWriter, err = sources.NewPostgresSourcesReaderWriter(ctx, c.Sources.Sources)
	}
	return
}

// InitConfigReaders creates the configuration readers based on the configuration kind from the options.
func (c *Options) InitConfigReaders(ctx context.Context) error {
	err := errors.Join(c.InitMetricReader(ctx), c.InitSourceReader(ctx))
	if err != nil {
		return err
	}
	return db.NeedsMigration(c.MetricsReaderWriter, metrics.ErrNeedsMigration)
}

// InitSinkWriter creates a new MultiWriter instance if needed.
func (c *Options) InitSinkWriter(ctx context.Context) (err error) {
	c.SinksWriter, err = sinks.NewSinkWriter(ctx, &c.Sinks)
	if err != nil {
		return err
	}
	return db.NeedsMigration(c.SinksWriter, sinks.ErrNeedsMigration)
}
