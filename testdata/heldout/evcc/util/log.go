package util

import (
	"log"
	"os"
)

// Logger is a trimmed version of evcc's util.Logger.
type Logger struct {
	ERROR *log.Logger
	INFO  *log.Logger
	DEBUG *log.Logger
}

func NewLogger(area string) *Logger {
	return &Logger{
		ERROR: log.New(os.Stderr, "["+area+"] ERROR ", log.LstdFlags),
		INFO:  log.New(os.Stderr, "["+area+"] INFO ", log.LstdFlags),
		DEBUG: log.New(os.Stderr, "["+area+"] DEBUG ", log.LstdFlags),
	}
}

func NewLoggerWithLoadpoint(area string, lp int) *Logger {
	return NewLogger(area)
}
