// Package log is a reduced copy of pg_timetable's internal/log (a logrus
// wrapper): only the logger interface the engine calls, with a no-op logger.
package log

// LoggerIface is the subset of the logrus entry API pg_timetable uses.
type LoggerIface interface {
	Debug(args ...any)
	Info(args ...any)
	Warn(args ...any)
	Error(args ...any)
	WithError(err error) LoggerIface
	WithField(key string, value any) LoggerIface
}

// LoggerHookerIface adds hooks (upstream: AddHook(logrus.Hook); trimmed).
type LoggerHookerIface interface {
	LoggerIface
}

type nopLogger struct{}

func (nopLogger) Debug(...any)                        {}
func (nopLogger) Info(...any)                         {}
func (nopLogger) Warn(...any)                         {}
func (nopLogger) Error(...any)                        {}
func (l nopLogger) WithError(error) LoggerIface       { return l }
func (l nopLogger) WithField(string, any) LoggerIface { return l }

// Init returns the logger.
func Init() LoggerHookerIface { return nopLogger{} }
