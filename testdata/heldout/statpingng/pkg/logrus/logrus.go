// Package logrus is a minimal stand-in for github.com/sirupsen/logrus (the
// logger statping-ng uses through utils.Log). Only the methods the reproduced
// code calls are provided.
package logrus

import (
	"fmt"
	stdlog "log"
)

type Fields map[string]interface{}

type Logger struct{}

type Entry struct {
	Logger *Logger
	Data   Fields
}

func New() *Logger { return &Logger{} }

func StandardLogger() *Logger { return &Logger{} }

func (l *Logger) WithField(key string, value interface{}) *Entry {
	return &Entry{Logger: l, Data: Fields{key: value}}
}

func (l *Logger) WithFields(f Fields) *Entry { return &Entry{Logger: l, Data: f} }

func (l *Logger) Infoln(args ...interface{})                { stdlog.Println(args...) }
func (l *Logger) Infof(format string, args ...interface{})  { stdlog.Printf(format, args...) }
func (l *Logger) Warnln(args ...interface{})                { stdlog.Println(args...) }
func (l *Logger) Warnf(format string, args ...interface{})  { stdlog.Printf(format, args...) }
func (l *Logger) Errorln(args ...interface{})               { stdlog.Println(args...) }
func (l *Logger) Errorf(format string, args ...interface{}) { stdlog.Printf(format, args...) }
func (l *Logger) Error(args ...interface{})                 { stdlog.Print(args...) }

func (e *Entry) WithField(key string, value interface{}) *Entry {
	d := Fields{}
	for k, v := range e.Data {
		d[k] = v
	}
	d[key] = value
	return &Entry{Logger: e.Logger, Data: d}
}

func (e *Entry) WithFields(f Fields) *Entry {
	d := Fields{}
	for k, v := range e.Data {
		d[k] = v
	}
	for k, v := range f {
		d[k] = v
	}
	return &Entry{Logger: e.Logger, Data: d}
}

func (e *Entry) Debugln(args ...interface{}) {
	stdlog.Println(append([]interface{}{fmt.Sprint(e.Data)}, args...)...)
}
func (e *Entry) Info(args ...interface{})                 { stdlog.Print(args...) }
func (e *Entry) Infoln(args ...interface{})               { stdlog.Println(args...) }
func (e *Entry) Infof(format string, args ...interface{}) { stdlog.Printf(format, args...) }
func (e *Entry) Warnln(args ...interface{})               { stdlog.Println(args...) }
func (e *Entry) Warnf(format string, args ...interface{}) { stdlog.Printf(format, args...) }
func (e *Entry) Errorln(args ...interface{})              { stdlog.Println(args...) }
func (e *Entry) Errorf(format string, args ...interface{}) {
	stdlog.Printf(format, args...)
}
func (e *Entry) Error(args ...interface{})   { stdlog.Print(args...) }
func (e *Entry) Fatalln(args ...interface{}) { stdlog.Fatalln(args...) }
