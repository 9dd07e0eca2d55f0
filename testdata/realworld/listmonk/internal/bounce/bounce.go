// Package bounce is a reduced copy of upstream internal/bounce/bounce.go: the
// loop that records bounce events coming from webhooks and mailboxes.
package bounce

import (
	"time"

	"example.com/realworld/listmonk/models"
)

// Opt represents bounce processing options.
type Opt struct {
	RecordBounceCB func(models.Bounce) error
}

// Manager handles e-mail bounces.
type Manager struct {
	queue chan models.Bounce
	opt   Opt
}

// New returns a new bounce Manager.
func New(opt Opt) *Manager {
	return &Manager{queue: make(chan models.Bounce, 1000), opt: opt}
}

// Record records a new bounce event given the subscriber's email or UUID.
func (m *Manager) Record(b models.Bounce) error {
	m.queue <- b
	return nil
}

// Run is a blocking function that listens for bounce events from webhooks and or mailboxes
// and executes them on the DB.
// upstream internal/bounce/bounce.go:125
func (m *Manager) Run() {
	for b := range m.queue {
		if b.CreatedAt.IsZero() {
			b.CreatedAt = time.Now()
		}

		if err := m.opt.RecordBounceCB(b); err != nil {
			continue
		}
	}
}
