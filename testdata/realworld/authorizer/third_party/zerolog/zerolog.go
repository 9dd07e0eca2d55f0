// Package zerolog reproduces the part of github.com/rs/zerolog that
// authorizerdev/authorizer 4ad0758cebf4 uses in the reproduced code (a no-op
// logger with the same call shape).
package zerolog

// Logger is a minimal stand-in for the upstream declaration of the same name.
// Logger is zerolog.Logger.
type Logger struct{}

// Event is a minimal stand-in for the upstream declaration of the same name.
// Event is zerolog.Event.
type Event struct{}

// Context is a minimal stand-in for the upstream declaration of the same name.
// Context is zerolog.Context.
type Context struct{}

// Debug is a minimal stand-in for the upstream declaration of the same name.
// Debug starts a debug event.
func (l *Logger) Debug() *Event { return &Event{} }

// Warn is a minimal stand-in for the upstream declaration of the same name.
// Warn starts a warn event.
func (l *Logger) Warn() *Event { return &Event{} }

// Info is a minimal stand-in for the upstream declaration of the same name.
// Info starts an info event.
func (l *Logger) Info() *Event { return &Event{} }

// With is a minimal stand-in for the upstream declaration of the same name.
// With starts a child logger context.
func (l *Logger) With() Context { return Context{} }

// Str is a minimal stand-in for the upstream declaration of the same name.
// Str adds a string field.
func (c Context) Str(key, val string) Context { return c }

// Logger is a minimal stand-in for the upstream declaration of the same name.
// Logger returns the child logger.
func (c Context) Logger() Logger { return Logger{} }

// Err is a minimal stand-in for the upstream declaration of the same name.
// Err adds an error field.
func (e *Event) Err(err error) *Event { return e }

// Str is a minimal stand-in for the upstream declaration of the same name.
// Str adds a string field.
func (e *Event) Str(key, val string) *Event { return e }

// Int is a minimal stand-in for the upstream declaration of the same name.
// Int adds an int field.
func (e *Event) Int(key string, val int) *Event { return e }

// Bool is a minimal stand-in for the upstream declaration of the same name.
// Bool adds a bool field.
func (e *Event) Bool(key string, val bool) *Event { return e }

// Msg is a minimal stand-in for the upstream declaration of the same name.
// Msg sends the event.
func (e *Event) Msg(msg string) {}

// Msgf is a minimal stand-in for the upstream declaration of the same name.
// Msgf sends the event.
func (e *Event) Msgf(format string, v ...interface{}) {}
