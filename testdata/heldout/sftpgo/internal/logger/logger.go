// Package logger is a trimmed reproduction of internal/logger.
package logger

import "log"

// LogLevel defines log levels.
type LogLevel int

// defines our own log levels
const (
	LevelDebug LogLevel = iota
	LevelInfo
	LevelWarn
	LevelError
)

// Log writes a log entry
func Log(_ LogLevel, sender string, connectionID string, format string, v ...any) {
	log.Printf("["+sender+"] "+connectionID+" "+format, v...)
}

// Debug logs at debug level for the specified sender
func Debug(prefix, requestID string, format string, v ...any) {
	Log(LevelDebug, prefix, requestID, format, v...)
}

// Info logs at info level for the specified sender
func Info(prefix, requestID string, format string, v ...any) {
	Log(LevelInfo, prefix, requestID, format, v...)
}

// Warn logs at warn level for the specified sender
func Warn(prefix, requestID string, format string, v ...any) {
	Log(LevelWarn, prefix, requestID, format, v...)
}

// Error logs at error level for the specified sender
func Error(prefix, requestID string, format string, v ...any) {
	Log(LevelError, prefix, requestID, format, v...)
}

// InfoToConsole logs at info level to stdout
func InfoToConsole(format string, v ...any) {
	log.Printf(format, v...)
}

// WarnToConsole logs at warn level to stdout
func WarnToConsole(format string, v ...any) {
	log.Printf(format, v...)
}

// DebugToConsole logs at debug level to stdout
func DebugToConsole(format string, v ...any) {
	log.Printf(format, v...)
}

// ErrorToConsole logs at error level to stdout
func ErrorToConsole(format string, v ...any) {
	log.Printf(format, v...)
}
