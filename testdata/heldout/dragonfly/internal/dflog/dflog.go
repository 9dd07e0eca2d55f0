// Package dflog is a stand-in for Dragonfly2 internal/dflog (a zap wrapper):
// only the logger type in the signature of job.(*syncPeers).mergePeers.
package dflog

import "log"

// SugaredLoggerOnWith mirrors dflog.SugaredLoggerOnWith.
type SugaredLoggerOnWith struct{}

// Error logs at error level.
func (l *SugaredLoggerOnWith) Error(args ...any) { log.Println(args...) }

// Errorf logs a formatted message.
func Errorf(format string, args ...any) { log.Printf(format, args...) }
