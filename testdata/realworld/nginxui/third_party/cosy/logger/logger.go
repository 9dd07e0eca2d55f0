// Package logger reproduces github.com/uozi-tech/cosy/logger (no-op).
package logger

import "fmt"

// Error logs an error.
func Error(args ...interface{}) { _ = fmt.Sprint(args...) }

// Errorf logs an error.
func Errorf(format string, args ...interface{}) { _ = fmt.Sprintf(format, args...) }

// Info logs an info message.
func Info(args ...interface{}) { _ = fmt.Sprint(args...) }

// Debugf logs a debug message.
func Debugf(format string, args ...interface{}) { _ = fmt.Sprintf(format, args...) }

// Fatal logs and exits.
func Fatal(args ...interface{}) { panic(fmt.Sprint(args...)) }
