// Package log is a minimal stand-in for dnote/dnote 8ffd44f36287 pkg/server/log.
package log

import stdlog "log"

// ErrorWrap stands in for log.ErrorWrap.
func ErrorWrap(err error, msg string) {
	stdlog.Printf("%s: %v", msg, err)
}
