package sinks

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// Writer is trimmed to what the start-up path needs.
type Writer interface{}

// NewSinkWriter creates and returns new instance of MultiWriter struct.
// (trimmed: jsonfile, prometheus and rpc sinks, the MultiWriter wrapper)
func NewSinkWriter(ctx context.Context, opts *CmdOpts) (w Writer, err error) {
	if len(opts.Sinks) == 0 {
		return nil, errors.New("no sinks specified for measurements")
	}
	var writers []Writer
	for _, sinkConnStr := range opts.Sinks {
		scheme, target, found := strings.Cut(sinkConnStr, "://")
		if !found || scheme == "" || target == "" {
			return nil, fmt.Errorf("malformed sink URI %s", sinkConnStr)
		}
		switch scheme {
		case "postgres", "postgresql":
			w, err = NewPostgresWriter(ctx, sinkConnStr, opts)
		default:
			return nil, fmt.Errorf("unknown schema %s in sink URI %s", scheme, sinkConnStr)
		}
		if err != nil {
			return nil, err
		}
		writers = append(writers, w)
	}
	if len(writers) == 1 {
		return writers[0], nil
	}
	return writers, nil
}
