// Package log is trimmed from code.gitea.io/gitea/modules/log.
package log

import stdlog "log"

func Error(format string, v ...any) { stdlog.Printf("ERROR "+format, v...) }
func Warn(format string, v ...any)  { stdlog.Printf("WARN "+format, v...) }
func Info(format string, v ...any)  { stdlog.Printf("INFO "+format, v...) }
func Debug(format string, v ...any) { stdlog.Printf("DEBUG "+format, v...) }
func Trace(format string, v ...any) { stdlog.Printf("TRACE "+format, v...) }
