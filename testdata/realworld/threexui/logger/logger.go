// Package logger reproduces MHSanaei/3x-ui 02002dc1c304 internal/logger (log wrappers).
package logger

import "log"

// Warning logs at warning level.
func Warning(args ...any) { log.Println(args...) }

// Warningf logs at warning level.
func Warningf(format string, args ...any) { log.Printf(format, args...) }

// Debug logs at debug level.
func Debug(args ...any) { log.Println(args...) }

// Debugf logs at debug level.
func Debugf(format string, args ...any) { log.Printf(format, args...) }

// Error logs at error level.
func Error(args ...any) { log.Println(args...) }
