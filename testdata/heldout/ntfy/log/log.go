// Package log is a reduced stand-in for heckel.io/ntfy/v2/log (the project's own logger).
package log

// Context represents an object's state in the form of key-value pairs
type Context map[string]any

// Contexter allows structs to export a key-value pairs in the form of a Context
type Contexter interface {
	Context() Context
}

// Event represents a single log event
type Event struct {
	fields Context
}

// Tag creates a new log event and adds the "tag" field to it
func Tag(tag string) *Event { return (&Event{fields: Context{}}).Tag(tag) }

// Tag adds a "tag" field to the log event
func (e *Event) Tag(tag string) *Event { e.fields["tag"] = tag; return e }

// Err adds an "error" field to the log event
func (e *Event) Err(err error) *Event { e.fields["error"] = err; return e }

// Field adds a custom field and value to the log event
func (e *Event) Field(key string, value any) *Event { e.fields[key] = value; return e }

// Fields adds a map of fields to the log event
func (e *Event) Fields(fields Context) *Event {
	for k, v := range fields {
		e.fields[k] = v
	}
	return e
}

// With adds the fields of the given Contexter structs to the log event
func (e *Event) With(contexts ...Contexter) *Event { return e }

// Trace logs an event with log level trace
func (e *Event) Trace(message string, v ...any) {}

// Debug logs an event with log level debug
func (e *Event) Debug(message string, v ...any) {}

// Info logs an event with log level info
func (e *Event) Info(message string, v ...any) {}

// Warn logs an event with log level warn
func (e *Event) Warn(message string, v ...any) {}

// Error logs an event with log level error
func (e *Event) Error(message string, v ...any) {}
