// Package logrus is a small stand-in for github.com/sirupsen/logrus.
package logrus

import "log"

// Fields mirrors logrus.Fields.
type Fields map[string]interface{}

// Entry mirrors logrus.Entry (a no-frills logger).
type Entry struct{ fields Fields }

func (e *Entry) with(k string, v interface{}) *Entry {
	f := Fields{}
	for a, b := range e.fields {
		f[a] = b
	}
	f[k] = v
	return &Entry{fields: f}
}

func (e *Entry) WithError(err error) *Entry               { return e.with("error", err) }
func (e *Entry) WithField(k string, v interface{}) *Entry { return e.with(k, v) }
func (e *Entry) WithFields(fields Fields) *Entry {
	out := e
	for k, v := range fields {
		out = out.with(k, v)
	}
	return out
}
func (e *Entry) Error(args ...interface{})                 { log.Println(append([]interface{}{e.fields}, args...)...) }
func (e *Entry) Errorf(format string, args ...interface{}) { log.Printf(format, args...) }
func (e *Entry) Warn(args ...interface{})                  { log.Println(args...) }
func (e *Entry) Warnf(format string, args ...interface{})  { log.Printf(format, args...) }
func (e *Entry) Info(args ...interface{})                  { log.Println(args...) }
func (e *Entry) Infof(format string, args ...interface{})  { log.Printf(format, args...) }
func (e *Entry) Debug(args ...interface{})                 {}
func (e *Entry) Debugf(format string, args ...interface{}) {}
func (e *Entry) Trace(args ...interface{})                 {}

var std = &Entry{}

func WithError(err error) *Entry                { return std.WithError(err) }
func WithField(k string, v interface{}) *Entry  { return std.WithField(k, v) }
func WithFields(fields Fields) *Entry           { return std.WithFields(fields) }
func Infof(format string, args ...interface{})  { std.Infof(format, args...) }
func Warnf(format string, args ...interface{})  { std.Warnf(format, args...) }
func Errorf(format string, args ...interface{}) { std.Errorf(format, args...) }
func Info(args ...interface{})                  { std.Info(args...) }
