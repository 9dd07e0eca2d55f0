// Package log stubs go-vikunja/vikunja pkg/log.
package log

// Debugf logs at debug level (stub).
func Debugf(string, ...interface{}) {}

// Errorf logs at error level (stub).
func Errorf(string, ...interface{}) {}
