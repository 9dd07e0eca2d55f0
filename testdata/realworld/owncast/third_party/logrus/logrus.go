// Package logrus is a minimal stand-in for github.com/sirupsen/logrus.
package logrus

import (
	"fmt"
	"os"
)

func Debug(args ...interface{})                 { fmt.Fprintln(os.Stderr, args...) }
func Debugln(args ...interface{})               { fmt.Fprintln(os.Stderr, args...) }
func Debugf(format string, args ...interface{}) { fmt.Fprintf(os.Stderr, format+"\n", args...) }
func Infof(format string, args ...interface{})  { fmt.Fprintf(os.Stderr, format+"\n", args...) }
func Errorln(args ...interface{})               { fmt.Fprintln(os.Stderr, args...) }
func Errorf(format string, args ...interface{}) { fmt.Fprintf(os.Stderr, format+"\n", args...) }
func Traceln(args ...interface{})               { fmt.Fprintln(os.Stderr, args...) }
