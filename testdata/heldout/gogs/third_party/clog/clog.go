// Package clog is a stand-in for unknwon.dev/clog/v2 with only the API subset
// used by the reproduced gogs code.
package clog

import "log"

// Trace logs a trace message.
func Trace(format string, v ...any) { log.Printf("[TRACE] "+format, v...) }

// Error logs an error message.
func Error(format string, v ...any) { log.Printf("[ERROR] "+format, v...) }
