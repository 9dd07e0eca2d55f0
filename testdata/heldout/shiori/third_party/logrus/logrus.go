// Package logrus is a tiny stand-in for github.com/sirupsen/logrus.
package logrus

import "log"

// Logger is a logger.
type Logger struct{}

// Entry is a log entry.
type Entry struct{ err error }

// New returns a logger.
func New() *Logger { return &Logger{} }

// WithError attaches an error.
func (l *Logger) WithError(err error) *Entry { return &Entry{err: err} }

// Warn logs a warning.
func (l *Logger) Warn(args ...interface{}) { log.Println(args...) }

// Error logs an error.
func (e *Entry) Error(args ...interface{}) { log.Println(append(args, e.err)...) }

// Fatal logs and exits.
func (e *Entry) Fatal(args ...interface{}) { log.Fatalln(append(args, e.err)...) }

// Fatalf logs and exits.
func (e *Entry) Fatalf(format string, args ...interface{}) {
	log.Fatalf(format+": %v", append(args, e.err)...)
}
