// Package logrus is a minimal stand-in for github.com/sirupsen/logrus, used by the
// rocboss/paopao-ce 0b35d12b74c0 reproduction.
package logrus

import "log"

// Debugf stands in for logrus.Debugf.
func Debugf(format string, args ...interface{}) { log.Printf(format, args...) }

// Infof stands in for logrus.Infof.
func Infof(format string, args ...interface{}) { log.Printf(format, args...) }

// Errorf stands in for logrus.Errorf.
func Errorf(format string, args ...interface{}) { log.Printf(format, args...) }
