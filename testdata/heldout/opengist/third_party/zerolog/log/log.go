// Package log is a minimal stand-in for github.com/rs/zerolog/log.
package log

import (
	stdlog "log"
)

// Event is a stand-in for zerolog.Event.
type Event struct {
	level string
	err   error
}

func newEvent(level string) *Event { return &Event{level: level} }

// Debug starts a debug event.
func Debug() *Event { return newEvent("debug") }

// Info starts an info event.
func Info() *Event { return newEvent("info") }

// Warn starts a warn event.
func Warn() *Event { return newEvent("warn") }

// Error starts an error event.
func Error() *Event { return newEvent("error") }

// Fatal starts a fatal event.
func Fatal() *Event { return newEvent("fatal") }

// Err attaches an error.
func (e *Event) Err(err error) *Event { e.err = err; return e }

// Str attaches a string field.
func (e *Event) Str(string, string) *Event { return e }

// Any attaches a field.
func (e *Event) Any(string, any) *Event { return e }

// Msg writes the event.
func (e *Event) Msg(msg string) { stdlog.Println(e.level, msg, e.err) }

// Msgf writes the event.
func (e *Event) Msgf(format string, v ...any) { stdlog.Printf(e.level+" "+format, v...) }
