// Package log reproduces ArtalkJS/Artalk d25beede911d internal/log (minimal stand-in).
package log

import (
	"fmt"
	"os"
)

// Error reproduces internal/log/exported.go:31.
func Error(args ...any) { fmt.Fprintln(os.Stderr, args...) }

// Errorf reproduces internal/log/exported.go:61.
func Errorf(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) }

// Errorln reproduces internal/log/exported.go:91.
func Errorln(args ...any) { fmt.Fprintln(os.Stderr, args...) }

// Info reproduces internal/log/exported.go:21.
func Info(args ...any) { fmt.Fprintln(os.Stderr, args...) }

// Debug reproduces internal/log/exported.go:16.
func Debug(args ...any) {}

// Warn reproduces internal/log/exported.go:26.
func Warn(args ...any) { fmt.Fprintln(os.Stderr, args...) }

// Fatal reproduces internal/log/exported.go:41.
func Fatal(args ...any) {
	fmt.Fprintln(os.Stderr, args...)
	os.Exit(1)
}
