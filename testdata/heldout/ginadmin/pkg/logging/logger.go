// Package logging is a stand-in for gin-admin's pkg/logging (a zap wrapper).
package logging

import (
	"context"
	"log"

	"example.com/heldout/ginadmin/third_party/zap"
)

// Logger stands in for *zap.Logger.
type Logger struct{}

// Context stands in for logging.Context.
func Context(ctx context.Context) *Logger { return &Logger{} }

// Warn logs a warning.
func (l *Logger) Warn(msg string, fields ...zap.Field) { log.Println("WARN", msg, fields) }

// Error logs an error.
func (l *Logger) Error(msg string, fields ...zap.Field) { log.Println("ERROR", msg, fields) }
