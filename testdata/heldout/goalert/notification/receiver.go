// Package notification reproduces the parts of goalert's notification
// package used by the reproduced sites: the Receiver interface, DestID, and
// the Store (notification/store.go).
package notification

import (
	"context"

	"github.com/google/uuid"

	"example.com/heldout/goalert/auth/authlink"
)

// Result reproduces notification.Result.
type Result int

// Results.
const (
	ResultAcknowledge Result = iota
	ResultResolve
)

// String implements fmt.Stringer.
func (r Result) String() string {
	if r == ResultResolve {
		return "close"
	}
	return "acknowledge"
}

// Receiver reproduces notification/receiver.go:11 (trimmed).
type Receiver interface {
	// ReceiveSubject records a response to a previously sent message from a provider/subject (e.g. Slack user).
	ReceiveSubject(ctx context.Context, providerID, subjectID, callbackID string, result Result) error

	// AuthLinkURL will generate a URL to link a provider and subject to a GoAlert user.
	AuthLinkURL(ctx context.Context, providerID, subjectID string, meta authlink.Metadata) (string, error)
}

// UnknownSubjectError reproduces notification/receiver.go:35.
type UnknownSubjectError struct {
	AlertID int
}

func (e UnknownSubjectError) Error() string {
	return "unknown subject for that provider"
}

// DestID reproduces notification/destid.go.
type DestID struct {
	// CMID is the ID of the user contact method.
	CMID uuid.NullUUID
	// NCID is the ID of the notification channel.
	NCID uuid.NullUUID
}

// SendResult reproduces notification.SendResult (trimmed).
type SendResult struct {
	ID string
	OK bool
}
