// Package logrus is a minimal stand-in for github.com/sirupsen/logrus
// (v1.9.4 in go-vela/server's go.mod): the Entry/Fields API used by the
// reproduced code, writing through the standard log package.
package logrus

import (
	"fmt"
	"log"
)

// Fields mirrors logrus.Fields.
type Fields map[string]any

// Logger mirrors logrus.Logger.
type Logger struct{}

// Entry mirrors logrus.Entry.
type Entry struct {
	Data Fields
}

var std = &Logger{}

// StandardLogger returns the package logger.
func StandardLogger() *Logger { return std }

// NewEntry returns an empty entry.
func NewEntry(_ *Logger) *Entry { return &Entry{Data: Fields{}} }

// WithFields adds fields.
func (e *Entry) WithFields(f Fields) *Entry {
	d := Fields{}
	for k, v := range e.Data {
		d[k] = v
	}

	for k, v := range f {
		d[k] = v
	}

	return &Entry{Data: d}
}

// WithField adds one field.
func (e *Entry) WithField(k string, v any) *Entry { return e.WithFields(Fields{k: v}) }

// WithError adds the error field.
func (e *Entry) WithError(err error) *Entry { return e.WithField("error", err) }

func (e *Entry) out(level, msg string) { log.Printf("%s %s %v", level, msg, e.Data) }

// Trace logs at trace level.
func (e *Entry) Trace(args ...any) { e.out("TRACE", fmt.Sprint(args...)) }

// Tracef logs at trace level.
func (e *Entry) Tracef(f string, args ...any) { e.out("TRACE", fmt.Sprintf(f, args...)) }

// Debug logs at debug level.
func (e *Entry) Debug(args ...any) { e.out("DEBUG", fmt.Sprint(args...)) }

// Debugf logs at debug level.
func (e *Entry) Debugf(f string, args ...any) { e.out("DEBUG", fmt.Sprintf(f, args...)) }

// Info logs at info level.
func (e *Entry) Info(args ...any) { e.out("INFO", fmt.Sprint(args...)) }

// Infof logs at info level.
func (e *Entry) Infof(f string, args ...any) { e.out("INFO", fmt.Sprintf(f, args...)) }

// Warn logs at warn level.
func (e *Entry) Warn(args ...any) { e.out("WARN", fmt.Sprint(args...)) }

// Warnf logs at warn level.
func (e *Entry) Warnf(f string, args ...any) { e.out("WARN", fmt.Sprintf(f, args...)) }

// Warningf logs at warn level.
func (e *Entry) Warningf(f string, args ...any) { e.out("WARN", fmt.Sprintf(f, args...)) }

// Error logs at error level.
func (e *Entry) Error(args ...any) { e.out("ERROR", fmt.Sprint(args...)) }

// Errorf logs at error level.
func (e *Entry) Errorf(f string, args ...any) { e.out("ERROR", fmt.Sprintf(f, args...)) }

var base = &Entry{Data: Fields{}}

// WithFields adds fields to the standard entry.
func WithFields(f Fields) *Entry { return base.WithFields(f) }

// WithError adds the error field to the standard entry.
func WithError(err error) *Entry { return base.WithError(err) }

// Trace logs at trace level.
func Trace(args ...any) { base.Trace(args...) }

// Tracef logs at trace level.
func Tracef(f string, args ...any) { base.Tracef(f, args...) }

// Debug logs at debug level.
func Debug(args ...any) { base.Debug(args...) }

// Debugf logs at debug level.
func Debugf(f string, args ...any) { base.Debugf(f, args...) }

// Info logs at info level.
func Info(args ...any) { base.Info(args...) }

// Infof logs at info level.
func Infof(f string, args ...any) { base.Infof(f, args...) }

// Warnf logs at warn level.
func Warnf(f string, args ...any) { base.Warnf(f, args...) }

// Error logs at error level.
func Error(args ...any) { base.Error(args...) }

// Errorf logs at error level.
func Errorf(f string, args ...any) { base.Errorf(f, args...) }
