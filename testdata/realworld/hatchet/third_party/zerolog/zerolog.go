// Package zerolog is a minimal stand-in for github.com/rs/zerolog.
package zerolog

import (
	"context"
	"fmt"
	"os"
)

// Logger is a stand-in for zerolog.Logger.
type Logger struct{}

// Event is a stand-in for *zerolog.Event.
type Event struct {
	level string
	err   error
}

// Nop returns a logger that writes nothing.
func Nop() Logger { return Logger{} }

func (l *Logger) Err(err error) *Event { return &Event{level: "error", err: err} }
func (l *Logger) Error() *Event        { return &Event{level: "error"} }
func (l *Logger) Warn() *Event         { return &Event{level: "warn"} }
func (l *Logger) Debug() *Event        { return &Event{level: "debug"} }
func (l *Logger) Info() *Event         { return &Event{level: "info"} }

func (e *Event) Err(err error) *Event                 { e.err = err; return e }
func (e *Event) Ctx(ctx context.Context) *Event       { return e }
func (e *Event) Str(key, val string) *Event           { return e }
func (e *Event) Msg(msg string)                       { fmt.Fprintln(os.Stderr, e.level, msg, e.err) }
func (e *Event) Msgf(format string, v ...interface{}) { e.Msg(fmt.Sprintf(format, v...)) }
