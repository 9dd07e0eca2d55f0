// Package zap is a minimal stand-in for go.uber.org/zap (same API shape for
// the calls the reproduction makes).
package zap

// Field is a log field.
type Field struct {
	Key   string
	Value any
}

// Logger is a no-op logger.
type Logger struct{}

func NewNop() *Logger { return &Logger{} }

func (l *Logger) Debug(msg string, fields ...Field) {}
func (l *Logger) Info(msg string, fields ...Field)  {}
func (l *Logger) Warn(msg string, fields ...Field)  {}
func (l *Logger) Error(msg string, fields ...Field) {}
func (l *Logger) With(fields ...Field) *Logger      { return l }

func Error(err error) Field             { return Field{Key: "error", Value: err} }
func String(key, val string) Field      { return Field{Key: key, Value: val} }
func Bool(key string, val bool) Field   { return Field{Key: key, Value: val} }
func Int(key string, val int) Field     { return Field{Key: key, Value: val} }
func Int64(key string, val int64) Field { return Field{Key: key, Value: val} }
func Any(key string, val any) Field     { return Field{Key: key, Value: val} }
