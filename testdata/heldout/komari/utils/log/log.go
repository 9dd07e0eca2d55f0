// Package log reproduces utils/log of komari-monitor/komari da4d5187c1b1,
// trimmed to the slog-backed helpers the reproduced code calls.
package log

import (
	"fmt"
	"log/slog"
)

func logger() *slog.Logger { return slog.Default() }

func logArgs(component string, args []any) []any {
	return append([]any{"component", component}, args...)
}

func Info(component, message string, args ...any) {
	logger().Info(message, logArgs(component, args)...)
}
func Warn(component, message string, args ...any) {
	logger().Warn(message, logArgs(component, args)...)
}
func Error(component, message string, args ...any) {
	logger().Error(message, logArgs(component, args)...)
}

func Infof(component, format string, args ...any)  { Info(component, fmt.Sprintf(format, args...)) }
func Errorf(component, format string, args ...any) { Error(component, fmt.Sprintf(format, args...)) }

func InfoArgs(component string, args ...any)  { Info(component, fmt.Sprint(args...)) }
func ErrorArgs(component string, args ...any) { Error(component, fmt.Sprint(args...)) }
