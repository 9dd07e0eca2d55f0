// Package log is a stand-in for github.com/mayswind/ezbookkeeping/pkg/log (logrus based).
package log

import (
	stdlog "log"

	"example.com/heldout/ezbookkeeping/pkg/core"
)

// Errorf logs an error
func Errorf(c core.Context, format string, args ...any) { stdlog.Printf("ERROR "+format, args...) }

// Warnf logs a warning
func Warnf(c core.Context, format string, args ...any) { stdlog.Printf("WARN "+format, args...) }

// Infof logs an info message
func Infof(c core.Context, format string, args ...any) { stdlog.Printf("INFO "+format, args...) }
