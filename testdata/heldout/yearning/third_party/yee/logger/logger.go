// Package logger reproduces cookieY/Yearning 6de5cbf9ab4f (minimal stand-in for github.com/cookieY/yee/logger).
package logger

import "log"

// Logger stands in for logger.Logger.
type Logger interface {
	Error(v ...interface{})
	Criticalf(format string, v ...interface{})
}

type std struct{}

func (std) Error(v ...interface{})                    { log.Print(v...) }
func (std) Criticalf(format string, v ...interface{}) { log.Printf(format, v...) }

// DefaultLogger stands in for logger.DefaultLogger.
var DefaultLogger Logger = std{}
