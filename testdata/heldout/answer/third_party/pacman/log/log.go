// Package log is a stand-in for github.com/segmentfault/pacman/log.
package log

import stdlog "log"

func Debugf(format string, args ...any) { stdlog.Printf(format, args...) }
func Infof(format string, args ...any)  { stdlog.Printf(format, args...) }
func Warnf(format string, args ...any)  { stdlog.Printf(format, args...) }
func Errorf(format string, args ...any) { stdlog.Printf(format, args...) }
func Info(args ...any)                  { stdlog.Print(args...) }
func Warn(args ...any)                  { stdlog.Print(args...) }
func Error(args ...any)                 { stdlog.Print(args...) }
