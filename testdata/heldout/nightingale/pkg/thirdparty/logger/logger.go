// Package logger is a minimal stand-in for github.com/toolkits/pkg/logger.
package logger

import "log"

func Debug(v ...any)                   { log.Print(v...) }
func Debugf(format string, v ...any)   { log.Printf(format, v...) }
func Info(v ...any)                    { log.Print(v...) }
func Infof(format string, v ...any)    { log.Printf(format, v...) }
func Warning(v ...any)                 { log.Print(v...) }
func Warningf(format string, v ...any) { log.Printf(format, v...) }
func Error(v ...any)                   { log.Print(v...) }
func Errorf(format string, v ...any)   { log.Printf(format, v...) }
