// Package zap is a minimal stand-in for go.uber.org/zap (the SugaredLogger
// methods the hslr-s/sun-panel 25f46209d97a reproduction calls; output dropped).
package zap

// SugaredLogger stands in for zap.SugaredLogger.
type SugaredLogger struct{}

// Debug stands in for SugaredLogger.Debug.
func (s *SugaredLogger) Debug(args ...any) {}

// Debugln stands in for SugaredLogger.Debugln.
func (s *SugaredLogger) Debugln(args ...any) {}

// Info stands in for SugaredLogger.Info.
func (s *SugaredLogger) Info(args ...any) {}

// Errorln stands in for SugaredLogger.Errorln.
func (s *SugaredLogger) Errorln(args ...any) {}
