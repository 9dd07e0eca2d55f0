// Package engine reproduces the parts of goalert's engine package that
// receive Slack responses (engine.go) and send notifications
// (sendmessage.go, backend.go).
package engine

import (
	"database/sql"

	"github.com/google/uuid"

	"example.com/heldout/goalert/util"
)

type backend struct {
	db *sql.DB

	trackStatus *sql.Stmt

	clientID string
}

// newBackend reproduces engine/backend.go:23 (statement text verbatim).
// alert_status_subscriptions: UNIQUE (channel_id, contact_method_id,
// alert_id) with CHECK ((channel_id IS NULL) <> (contact_method_id IS NULL))
// (migrate/schema.sql:1646,1648,1653): one of the two is always NULL, so the
// unique constraint never rejects a duplicate (NULLs are distinct).
func newBackend(db *sql.DB) (*backend, error) {
	p := &util.Prepare{DB: db}

	return &backend{
		db:       db,
		clientID: uuid.New().String(),

		trackStatus: p.P(`
			insert into alert_status_subscriptions (channel_id, contact_method_id, alert_id, last_alert_status)
			values ($1, $2, $3, 'triggered')
		`),
	}, p.Err
}
