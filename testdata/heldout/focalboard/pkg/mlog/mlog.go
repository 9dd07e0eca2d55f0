// Package mlog is a minimal stand-in for
// github.com/mattermost/mattermost/server/public/shared/mlog (the logger
// used by focalboard). Only the API shape used by the reproduction is kept.
package mlog

import "log"

// Field is a structured log field.
type Field struct {
	Key   string
	Value interface{}
}

// String returns a string field.
func String(key, value string) Field { return Field{Key: key, Value: value} }

// Int returns an int field.
func Int(key string, value int) Field { return Field{Key: key, Value: value} }

// Bool returns a bool field.
func Bool(key string, value bool) Field { return Field{Key: key, Value: value} }

// Err returns an error field.
func Err(err error) Field { return Field{Key: "error", Value: err} }

// LoggerIFace is the logger interface used across focalboard.
type LoggerIFace interface {
	Trace(msg string, fields ...Field)
	Debug(msg string, fields ...Field)
	Info(msg string, fields ...Field)
	Warn(msg string, fields ...Field)
	Error(msg string, fields ...Field)
}

// Logger is a trivial LoggerIFace implementation.
type Logger struct{}

func (Logger) Trace(msg string, fields ...Field) { log.Println("TRACE", msg, fields) }
func (Logger) Debug(msg string, fields ...Field) { log.Println("DEBUG", msg, fields) }
func (Logger) Info(msg string, fields ...Field)  { log.Println("INFO", msg, fields) }
func (Logger) Warn(msg string, fields ...Field)  { log.Println("WARN", msg, fields) }
func (Logger) Error(msg string, fields ...Field) { log.Println("ERROR", msg, fields) }
