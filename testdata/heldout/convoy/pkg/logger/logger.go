// Package logger is convoy's pkg/logger, reduced to the Logger interface and
// a slog-backed implementation.
package logger

import (
	"context"
	"fmt"
	"log/slog"
)

type Level = slog.Level

const (
	LevelDebug Level = slog.LevelDebug
	LevelInfo  Level = slog.LevelInfo
	LevelWarn  Level = slog.LevelWarn
	LevelError Level = slog.LevelError
)

type Logger interface {
	Info(args ...any)
	Debug(args ...any)
	Warn(args ...any)
	Error(args ...any)
	Infof(format string, args ...any)
	Errorf(format string, args ...any)
	Printf(format string, args ...any)

	InfoContext(ctx context.Context, msg string, args ...any)
	DebugContext(ctx context.Context, msg string, args ...any)
	WarnContext(ctx context.Context, msg string, args ...any)
	ErrorContext(ctx context.Context, msg string, args ...any)
}

type SlogLogger struct {
	logger *slog.Logger
}

func New(namespace string, level slog.Level) *SlogLogger {
	return &SlogLogger{logger: slog.Default().With("service", namespace)}
}

func msgArgs(args []any) (string, []any) {
	if len(args) == 0 {
		return "", nil
	}
	return fmt.Sprint(args[0]), args[1:]
}

func (l *SlogLogger) Info(args ...any)  { m, a := msgArgs(args); l.logger.Info(m, a...) }
func (l *SlogLogger) Debug(args ...any) { m, a := msgArgs(args); l.logger.Debug(m, a...) }
func (l *SlogLogger) Warn(args ...any)  { m, a := msgArgs(args); l.logger.Warn(m, a...) }
func (l *SlogLogger) Error(args ...any) { m, a := msgArgs(args); l.logger.Error(m, a...) }
func (l *SlogLogger) Infof(format string, args ...any) {
	l.logger.Info(fmt.Sprintf(format, args...))
}
func (l *SlogLogger) Errorf(format string, args ...any) {
	l.logger.Error(fmt.Sprintf(format, args...))
}
func (l *SlogLogger) Printf(format string, args ...any) {
	l.logger.Info(fmt.Sprintf(format, args...))
}
func (l *SlogLogger) InfoContext(ctx context.Context, msg string, args ...any) {
	l.logger.InfoContext(ctx, msg, args...)
}
func (l *SlogLogger) DebugContext(ctx context.Context, msg string, args ...any) {
	l.logger.DebugContext(ctx, msg, args...)
}
func (l *SlogLogger) WarnContext(ctx context.Context, msg string, args ...any) {
	l.logger.WarnContext(ctx, msg, args...)
}
func (l *SlogLogger) ErrorContext(ctx context.Context, msg string, args ...any) {
	l.logger.ErrorContext(ctx, msg, args...)
}
