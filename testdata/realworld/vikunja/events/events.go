// Package events stubs go-vikunja/vikunja pkg/events.
package events

import "xorm.io/xorm"

// DispatchOnCommit is pkg/events: queues an event until the session commits (stub).
func DispatchOnCommit(_ *xorm.Session, _ interface{}) {}
