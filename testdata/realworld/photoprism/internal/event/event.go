// Package event reproduces photoprism/photoprism 382ffa89927f internal/event
// (logging, audit and UI publish helpers reduced to no-ops).
package event

import "fmt"

// Data is internal/event/event.go Data.
type Data = map[string]interface{}

// Logger is the subset of logrus used by the reproduced code.
type Logger struct{}

// Errorf logs an error.
func (Logger) Errorf(format string, args ...interface{}) { _ = fmt.Sprintf(format, args...) }

// Warnf logs a warning.
func (Logger) Warnf(format string, args ...interface{}) { _ = fmt.Sprintf(format, args...) }

// Infof logs an info message.
func (Logger) Infof(format string, args ...interface{}) { _ = fmt.Sprintf(format, args...) }

// Debugf logs a debug message.
func (Logger) Debugf(format string, args ...interface{}) { _ = fmt.Sprintf(format, args...) }

// Tracef logs a trace message.
func (Logger) Tracef(format string, args ...interface{}) { _ = fmt.Sprintf(format, args...) }

// Log is internal/event/log.go Log.
var Log = Logger{}

// Publish is internal/event/publish.go Publish.
func Publish(event string, data Data) {}

// EntitiesCreated is internal/event/entities.go EntitiesCreated.
func EntitiesCreated(channel string, entities interface{}) {}

// PublishUserEntities is internal/event/entities.go PublishUserEntities.
func PublishUserEntities(channel, ev string, entities interface{}, userUid string) {}

// EntityCreated is internal/event/entities.go EntityCreated.
const EntityCreated = "created"

// AuditErr is internal/event/audit.go AuditErr.
func AuditErr(ev []string, args ...interface{}) {}

// AuditInfo is internal/event/audit.go AuditInfo.
func AuditInfo(ev []string, args ...interface{}) {}

// LoginError is internal/event/login.go LoginError.
func LoginError(clientIp, provider, userName, userAgent, message string) {}
