package engine

import (
	"context"
	"fmt"

	"example.com/heldout/goalert/engine/message"
	"example.com/heldout/goalert/notification"
	"example.com/heldout/goalert/util/log"
)

// sendMessage reproduces engine/sendmessage.go:18 (only the alert
// notification case; rendering and the provider call trimmed). The first
// alert notification sent to a destination subscribes that destination to
// status updates of the alert (:221-227).
func (p *Engine) sendMessage(ctx context.Context, msg *message.Message) (*notification.SendResult, error) {
	var isFirstAlertMessage bool
	switch msg.Type {
	case message.MessageTypeAlert:
		// near-miss N21: the alert's first notification to this destination is looked up; when there is none (or it is this one) a status subscription is inserted below.
		stat, err := p.cfg.NotificationStore.OriginalMessageStatus(ctx, msg.AlertID, msg.DestID) // safe: single sender: only the instance holding pg_try_advisory_lock(GlobalMessageSending) sends, and dedupAlerts leaves one alert notification per (destination, alert) per sending cycle, so two "first" messages for the same pair are never sent concurrently
		if err != nil {
			return nil, fmt.Errorf("lookup original message: %w", err)
		}
		if stat != nil && stat.ID == msg.ID {
			// set to nil if it's the current message
			stat = nil
		}
		isFirstAlertMessage = stat == nil
	}

	res := &notification.SendResult{ID: msg.ID, OK: true} // p.cfg.NotificationManager.SendMessage trimmed

	if isFirstAlertMessage && res.OK {
		_, err := p.b.trackStatus.ExecContext(ctx, msg.DestID.NCID, msg.DestID.CMID, msg.AlertID)
		if err != nil {
			// non-fatal, but log because it means status updates will not work for that alert/dest.
			log.Log(ctx, fmt.Errorf("track status updates for alert #%d: %w", msg.AlertID, err))
		}
	}

	return res, nil
}
