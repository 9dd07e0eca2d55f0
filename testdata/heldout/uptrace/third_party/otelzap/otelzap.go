// Package otelzap is a stand-in for github.com/uptrace/opentelemetry-go-extra/otelzap.
package otelzap

import (
	"log"

	"example.com/heldout/uptrace/third_party/zap"
)

type Logger struct{}

func (l *Logger) Error(msg string, fields ...zap.Field) { log.Println(msg, fields) }
