// Package logr is a stand-in for github.com/TwiN/logr with only the API subset used.
package logr

import "log"

// Level is a log level.
type Level int

// LevelDebug and LevelInfo are the levels used.
const (
	LevelDebug Level = iota
	LevelInfo
)

var threshold = LevelInfo

// GetThreshold returns the current log level.
func GetThreshold() Level { return threshold }

// Debug logs at debug level.
func Debug(msg string) { log.Print(msg) }

// Info logs at info level.
func Info(msg string) { log.Print(msg) }

// Warn logs at warn level.
func Warn(msg string) { log.Print(msg) }

// Error logs at error level.
func Error(msg string) { log.Print(msg) }

// Debugf logs at debug level.
func Debugf(format string, args ...any) { log.Printf(format, args...) }

// Infof logs at info level.
func Infof(format string, args ...any) { log.Printf(format, args...) }

// Warnf logs at warn level.
func Warnf(format string, args ...any) { log.Printf(format, args...) }

// Errorf logs at error level.
func Errorf(format string, args ...any) { log.Printf(format, args...) }
