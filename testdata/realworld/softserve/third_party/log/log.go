// Package log is a minimal stand-in for charm.land/log/v2 (the API subset
// soft-serve uses in the reproduced code).
package log

import (
	"context"
	"fmt"
	"os"
)

// Logger is a leveled logger.
type Logger struct{ prefix string }

var std = &Logger{}

type ctxKey struct{}

// FromContext returns the logger stored in ctx, or the default logger.
func FromContext(ctx context.Context) *Logger {
	if l, ok := ctx.Value(ctxKey{}).(*Logger); ok {
		return l
	}
	return std
}

// WithContext stores l in ctx.
func WithContext(ctx context.Context, l *Logger) context.Context {
	return context.WithValue(ctx, ctxKey{}, l)
}

// WithPrefix returns a logger with the given prefix.
func (l *Logger) WithPrefix(p string) *Logger { return &Logger{prefix: p} }

func (l *Logger) out(level string, msg interface{}, kv ...interface{}) {
	fmt.Fprintln(os.Stderr, append([]interface{}{level, l.prefix, msg}, kv...)...)
}

// Debug logs at debug level.
func (l *Logger) Debug(msg interface{}, kv ...interface{}) { l.out("DEBUG", msg, kv...) }

// Info logs at info level.
func (l *Logger) Info(msg interface{}, kv ...interface{}) { l.out("INFO", msg, kv...) }

// Warn logs at warn level.
func (l *Logger) Warn(msg interface{}, kv ...interface{}) { l.out("WARN", msg, kv...) }

// Error logs at error level.
func (l *Logger) Error(msg interface{}, kv ...interface{}) { l.out("ERROR", msg, kv...) }

// Errorf logs a formatted message at error level.
func (l *Logger) Errorf(format string, args ...interface{}) {
	l.out("ERROR", fmt.Sprintf(format, args...))
}

// Infof logs a formatted message at info level.
func (l *Logger) Infof(format string, args ...interface{}) {
	l.out("INFO", fmt.Sprintf(format, args...))
}

// Error logs at error level with the default logger.
func Error(msg interface{}, kv ...interface{}) { std.Error(msg, kv...) }

// Errorf logs with the default logger.
func Errorf(format string, args ...interface{}) { std.Errorf(format, args...) }

// Infof logs with the default logger.
func Infof(format string, args ...interface{}) { std.Infof(format, args...) }
