// Package logrus is a small stand-in for github.com/sirupsen/logrus.
package logrus

import (
	"fmt"
	"log"
)

// Logger is a logger.
type Logger struct{}

// Entry is a log entry with fields.
type Entry struct {
	err    error
	fields map[string]any
}

// New returns a Logger.
func New() *Logger { return &Logger{} }

func (l *Logger) entry() *Entry { return &Entry{} }

// WithError returns an entry with an error.
func (l *Logger) WithError(err error) *Entry { return &Entry{err: err} }

// WithFields returns an entry with fields.
func (l *Logger) WithFields(fields map[string]any) *Entry { return &Entry{fields: fields} }

func (l *Logger) Errorf(format string, args ...any) { l.entry().Errorf(format, args...) }
func (l *Logger) Error(args ...any)                 { l.entry().Error(args...) }
func (l *Logger) Warnf(format string, args ...any)  { l.entry().Warnf(format, args...) }
func (l *Logger) Infof(format string, args ...any)  { l.entry().Infof(format, args...) }
func (l *Logger) Debugf(format string, args ...any) { l.entry().Debugf(format, args...) }

// WithError returns an entry with an error.
func (e *Entry) WithError(err error) *Entry { return &Entry{err: err, fields: e.fields} }

// WithFields returns an entry with fields.
func (e *Entry) WithFields(fields map[string]any) *Entry { return &Entry{err: e.err, fields: fields} }

func (e *Entry) print(level, msg string) {
	log.Printf("level=%s msg=%q error=%v fields=%v", level, msg, e.err, e.fields)
}

func (e *Entry) Errorf(format string, args ...any) { e.print("error", fmt.Sprintf(format, args...)) }
func (e *Entry) Error(args ...any)                 { e.print("error", fmt.Sprint(args...)) }
func (e *Entry) Warnf(format string, args ...any)  { e.print("warn", fmt.Sprintf(format, args...)) }
func (e *Entry) Warn(args ...any)                  { e.print("warn", fmt.Sprint(args...)) }
func (e *Entry) Infof(format string, args ...any)  { e.print("info", fmt.Sprintf(format, args...)) }
func (e *Entry) Debugf(format string, args ...any) { e.print("debug", fmt.Sprintf(format, args...)) }
func (e *Entry) Debug(args ...any)                 { e.print("debug", fmt.Sprint(args...)) }
