// Package log is a stand-in for github.com/rs/zerolog/log with only the API
// subset the reproduced woodpecker code uses.
package log

import (
	"fmt"
	stdlog "log"
)

// Event is zerolog.Event.
type Event struct {
	level  string
	fields string
}

func newEvent(level string) *Event { return &Event{level: level} }

func Error() *Event { return newEvent("error") }
func Warn() *Event  { return newEvent("warn") }
func Info() *Event  { return newEvent("info") }
func Debug() *Event { return newEvent("debug") }
func Trace() *Event { return newEvent("trace") }

func (e *Event) Err(err error) *Event {
	e.fields += fmt.Sprintf(" error=%v", err)
	return e
}

func (e *Event) Str(key, val string) *Event {
	e.fields += fmt.Sprintf(" %s=%s", key, val)
	return e
}

func (e *Event) Int64(key string, val int64) *Event {
	e.fields += fmt.Sprintf(" %s=%d", key, val)
	return e
}

func (e *Event) Msg(msg string) { stdlog.Printf("%s %s%s", e.level, msg, e.fields) }

func (e *Event) Msgf(format string, v ...any) { e.Msg(fmt.Sprintf(format, v...)) }
