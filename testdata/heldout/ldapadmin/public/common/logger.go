package common

import "log"

type logger struct{}

func (logger) Errorf(format string, args ...interface{}) { log.Printf(format, args...) }
func (logger) Warnf(format string, args ...interface{})  { log.Printf(format, args...) }
func (logger) Info(args ...interface{})                  { log.Print(args...) }

// Log stands in for the zap SugaredLogger of public/common/logger.go.
var Log = logger{}
