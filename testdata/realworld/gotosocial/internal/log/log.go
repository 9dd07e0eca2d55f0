// Package log stands in for internal/log.
package log

import (
	"context"
	stdlog "log"
)

func Errorf(ctx context.Context, s string, a ...any) { stdlog.Printf(s, a...) }
func Infof(ctx context.Context, s string, a ...any)  { stdlog.Printf(s, a...) }
func Debugf(ctx context.Context, s string, a ...any) { stdlog.Printf(s, a...) }
func Error(ctx context.Context, a ...any)            { stdlog.Print(a...) }
