// Package logger reproduces the call shape of gophish's logger package
// (logger/logger.go, a logrus wrapper), trimmed to the standard library.
package logger

import (
	"log"

	"example.com/heldout/gophish/pkg/logrus"
)

// Entry is what WithFields returns.
type Entry struct{ fields logrus.Fields }

// WithFields mirrors logger.WithFields.
func WithFields(f logrus.Fields) *Entry { return &Entry{fields: f} }

func (e *Entry) Error(args ...interface{})                 { log.Println(append([]interface{}{e.fields}, args...)...) }
func (e *Entry) Errorf(format string, args ...interface{}) { log.Printf(format, args...) }
func (e *Entry) Info(args ...interface{})                  { log.Println(append([]interface{}{e.fields}, args...)...) }
func (e *Entry) Debug(args ...interface{})                 { log.Println(append([]interface{}{e.fields}, args...)...) }

func Error(args ...interface{})                 { log.Println(args...) }
func Errorf(format string, args ...interface{}) { log.Printf(format, args...) }
func Warn(args ...interface{})                  { log.Println(args...) }
func Warnf(format string, args ...interface{})  { log.Printf(format, args...) }
func Info(args ...interface{})                  { log.Println(args...) }
func Infof(format string, args ...interface{})  { log.Printf(format, args...) }
func Fatal(args ...interface{})                 { log.Fatal(args...) }
