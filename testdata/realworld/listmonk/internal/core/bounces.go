package core

import (
	"net/http"

	"github.com/lib/pq"

	"example.com/realworld/listmonk/models"
	"example.com/realworld/listmonk/third_party/echo"
)

// RecordBounce records a new bounce.
// upstream internal/core/bounces.go:60
func (c *Core) RecordBounce(b models.Bounce) error {
	action, ok := c.consts.BounceActions[b.Type]
	if !ok {
		return echo.NewHTTPError(http.StatusBadRequest, c.i18n.Ts("globals.messages.invalidData")+": "+b.Type)
	}

	_, err := c.q.RecordBounce.Exec(b.SubscriberUUID, // safe: one statement; the subscriber lookup is a CTE of the INSERT, which adds an event row with a fresh SERIAL id (WHERE NOT EXISTS only caps the count)
		b.Email,
		b.CampaignUUID,
		b.Type,
		b.Source,
		b.Meta,
		b.CreatedAt,
		action.Count,
		action.Action)

	if err != nil {
		// Ignore the error if it complained of no subscriber.
		if pqErr, ok := err.(*pq.Error); ok && pqErr.Column == "subscriber_id" {
			c.log.Printf("bounced subscriber (%s / %s) not found", b.SubscriberUUID, b.Email)
			return nil
		}

		c.log.Printf("error recording bounce: %v", err)
	}

	return err
}
