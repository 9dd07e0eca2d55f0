// Package message reproduces engine/message (trimmed to the Message type).
// Messages are sent by (*DB).SendMessages (engine/message/db.go:492) only by
// the instance holding the session advisory lock lock.GlobalMessageSending
// (pg_try_advisory_lock, db.go:134,535), after dedupAlerts
// (engine/message/dedupalerts.go:10) has kept one pending alert
// notification per (destination, alert) and bundled the others into it;
// the remaining messages of a type are sent by one goroutine each
// (db.go:743-756).
package message

import (
	"time"

	"example.com/heldout/goalert/notification"
)

// Type reproduces notification.MessageType (trimmed).
type Type string

// Message types.
const (
	MessageTypeAlert Type = "alert_notification"
)

// Message reproduces engine/message/message.go (trimmed).
type Message struct {
	ID        string
	Type      Type
	AlertID   int
	ServiceID string
	UserID    string
	DestID    notification.DestID
	CreatedAt time.Time
	SentAt    time.Time
}
