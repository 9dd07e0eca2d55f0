// Package logging is a reduced copy of lakeFS pkg/logging (the Logger
// interface the reproduced code calls).
package logging

import (
	"context"
	"log"
)

type Fields map[string]any

type Logger interface {
	WithField(key string, value any) Logger
	WithFields(fields Fields) Logger
	WithError(err error) Logger
	WithContext(ctx context.Context) Logger
	Trace(args ...any)
	Debug(args ...any)
	Info(args ...any)
	Warning(args ...any)
	Warn(args ...any)
	Error(args ...any)
}

type stdLogger struct{ fields Fields }

func (l stdLogger) with(f Fields) Logger {
	n := Fields{}
	for k, v := range l.fields {
		n[k] = v
	}
	for k, v := range f {
		n[k] = v
	}
	return stdLogger{fields: n}
}

func (l stdLogger) WithField(key string, value any) Logger { return l.with(Fields{key: value}) }
func (l stdLogger) WithFields(fields Fields) Logger        { return l.with(fields) }
func (l stdLogger) WithError(err error) Logger             { return l.with(Fields{"error": err}) }
func (l stdLogger) WithContext(_ context.Context) Logger   { return l }
func (l stdLogger) Trace(args ...any)                      {}
func (l stdLogger) Debug(args ...any)                      {}
func (l stdLogger) Info(args ...any)                       { log.Println(append([]any{l.fields}, args...)...) }
func (l stdLogger) Warning(args ...any)                    { log.Println(append([]any{l.fields}, args...)...) }
func (l stdLogger) Warn(args ...any)                       { log.Println(append([]any{l.fields}, args...)...) }
func (l stdLogger) Error(args ...any)                      { log.Println(append([]any{l.fields}, args...)...) }

func ContextUnavailable() Logger { return stdLogger{} }

func FromContext(_ context.Context) Logger { return stdLogger{} }
