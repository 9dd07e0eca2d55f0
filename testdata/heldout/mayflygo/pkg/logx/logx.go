// Package logx is trimmed from server/pkg/logx (slog wrapper): logging only.
package logx

import (
	"context"
	"log"
)

func Info(msg string) { log.Print(msg) }

func Warnf(format string, args ...any) { log.Printf(format, args...) }

func ErrorTrace(msg string, err any) { log.Print(msg, err) }

func DebugfContext(ctx context.Context, format string, args ...any) { log.Printf(format, args...) }

func InfoContext(ctx context.Context, format string, args ...any) { log.Printf(format, args...) }
