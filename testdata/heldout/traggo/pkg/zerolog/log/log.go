// Package log is a stand-in for github.com/rs/zerolog/log (zerolog v1.34.0
// upstream): the chained event API the reproduced code calls (Debug, Info,
// Panic, Fatal; Str, Int, Int64, Err, Msg). Events are discarded, except that
// Panic().Msg panics and Fatal().Msg exits, as in zerolog.
package log

import "os"

// Event stands in for *zerolog.Event.
type Event struct {
	panics bool
	exits  bool
}

// Str adds a string field.
func (e *Event) Str(key, val string) *Event { return e }

// Int adds an int field.
func (e *Event) Int(key string, i int) *Event { return e }

// Int64 adds an int64 field.
func (e *Event) Int64(key string, i int64) *Event { return e }

// Err adds an error field.
func (e *Event) Err(err error) *Event { return e }

// Msg sends the event.
func (e *Event) Msg(msg string) {
	if e.panics {
		panic(msg)
	}
	if e.exits {
		os.Exit(1)
	}
}

// Debug starts a debug event.
func Debug() *Event { return &Event{} }

// Info starts an info event.
func Info() *Event { return &Event{} }

// Panic starts a panic event.
func Panic() *Event { return &Event{panics: true} }

// Fatal starts a fatal event.
func Fatal() *Event { return &Event{exits: true} }
