// Package log is a stand-in for github.com/writeas/web-core/log (the subset
// writefreely uses: Info and Error with printf-style arguments).
package log

import stdlog "log"

// Info logs an informational message.
func Info(s string, v ...interface{}) {
	stdlog.Printf("[INFO] "+s, v...)
}

// Error logs an error message.
func Error(s string, v ...interface{}) {
	stdlog.Printf("[ERROR] "+s, v...)
}
