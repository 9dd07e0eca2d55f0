// Package log is a trimmed reproduction of goalert's util/log package (only
// the helpers called by the reproduced sites).
package log

import (
	"context"
	"fmt"
	stdlog "log"
)

// Fields mirrors util/log.Fields.
type Fields map[string]interface{}

type fieldsKey struct{}

// WithField adds a field to the context.
func WithField(ctx context.Context, key string, value interface{}) context.Context {
	return WithFields(ctx, Fields{key: value})
}

// WithFields adds fields to the context.
func WithFields(ctx context.Context, f Fields) context.Context {
	old, _ := ctx.Value(fieldsKey{}).(Fields)
	n := make(Fields, len(old)+len(f))
	for k, v := range old {
		n[k] = v
	}
	for k, v := range f {
		n[k] = v
	}
	return context.WithValue(ctx, fieldsKey{}, n)
}

// Log logs an error.
func Log(ctx context.Context, err error) {
	if err == nil {
		return
	}
	stdlog.Println(err)
}

// Logf logs a message.
func Logf(ctx context.Context, format string, args ...interface{}) {
	stdlog.Println(fmt.Sprintf(format, args...))
}

// Debugf logs a debug message.
func Debugf(ctx context.Context, format string, args ...interface{}) {}

// Logger is a trimmed util/log.Logger.
type Logger struct{}

// BackgroundContext returns a background context.
func (l *Logger) BackgroundContext() context.Context { return context.Background() }
