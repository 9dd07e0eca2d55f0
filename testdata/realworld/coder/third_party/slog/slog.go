// Package slog is a stand-in for cdr.dev/slog (the subset used).
package slog

import (
	"context"
	"log"
)

// Field is a structured log field.
type Field struct {
	Name  string
	Value interface{}
}

// F builds a field.
func F(name string, value interface{}) Field { return Field{Name: name, Value: value} }

// Error builds an "error" field.
func Error(err error) Field { return Field{Name: "error", Value: err} }

// Logger is slog.Logger.
type Logger struct{ name string }

// Named returns a named logger.
func (l Logger) Named(name string) Logger { return Logger{name: l.name + "." + name} }

// Debug logs at debug level.
func (l Logger) Debug(_ context.Context, msg string, fields ...Field) {
	log.Println(l.name, msg, fields)
}

// Warn logs at warn level.
func (l Logger) Warn(_ context.Context, msg string, fields ...Field) {
	log.Println(l.name, msg, fields)
}

// Error logs at error level.
func (l Logger) Error(_ context.Context, msg string, fields ...Field) {
	log.Println(l.name, msg, fields)
}
