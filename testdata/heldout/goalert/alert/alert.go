package alert

import (
	"database/sql/driver"
	"fmt"
	"time"
)

// Status reproduces alert/status.go.
type Status string

// Alert statuses.
const (
	StatusTriggered Status = "triggered"
	StatusActive    Status = "active"
	StatusClosed    Status = "closed"
)

// DedupID reproduces alert/dedup.go (trimmed): stored in alerts.dedup_key.
type DedupID struct {
	Type    string
	Version int
	Payload string
}

// Value implements driver.Valuer.
func (d DedupID) Value() (driver.Value, error) {
	return fmt.Sprintf("%s:%d:%s", d.Type, d.Version, d.Payload), nil
}

// Alert reproduces alert/alert.go (trimmed).
type Alert struct {
	ID        int
	Status    Status
	Summary   string
	Details   string
	Source    string
	ServiceID string
	CreatedAt time.Time
	Dedup     *DedupID
}

// DedupKey reproduces alert/alert.go:33 (fallback trimmed).
func (a *Alert) DedupKey() *DedupID {
	if a.Dedup != nil {
		return a.Dedup
	}
	return &DedupID{Type: "auto", Version: 1, Payload: a.Summary}
}

// Normalize is trimmed from alert/alert.go.
func (a *Alert) Normalize() (*Alert, error) {
	n := *a
	if n.Status == "" {
		n.Status = StatusTriggered
	}
	return &n, nil
}
