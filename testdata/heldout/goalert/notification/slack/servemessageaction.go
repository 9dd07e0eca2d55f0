package slack

import (
	"context"
	"errors"
	"fmt"

	"example.com/heldout/goalert/auth/authlink"
	"example.com/heldout/goalert/notification"
	"example.com/heldout/goalert/util/log"
)

// ActionPayload is a trimmed Slack interaction payload.
type ActionPayload struct {
	TeamID     string
	TeamDomain string
	UserID     string
	UserTeamID string
	UserName   string
	Value      string
}

// MessageActionHandler is a trimmed slack.ChannelSender: the fields used by
// ServeMessageAction.
type MessageActionHandler struct {
	recv notification.Receiver
}

// serveMessageAction reproduces the unknown-user branch of
// notification/slack/servemessageaction.go:143-169 (HTTP decoding and the
// ephemeral Slack replies trimmed).
func (s *MessageActionHandler) serveMessageAction(ctx context.Context, payload ActionPayload, res notification.Result) (string, error) {
	var e *notification.UnknownSubjectError
	err := s.recv.ReceiveSubject(ctx, "slack:"+payload.TeamID, payload.UserID, payload.Value, res)

	var linkURL string
	if errors.As(err, &e) {
		teamID := payload.UserTeamID
		if teamID == "" {
			teamID = payload.TeamID
		}
		switch {
		case payload.UserID == "", teamID == "":
			// missing data, don't allow linking
			log.Log(ctx, errors.New("slack payload missing required data"))
		default:
			linkURL, err = s.recv.AuthLinkURL(ctx, "slack:"+teamID, payload.UserID, authlink.Metadata{
				UserDetails: fmt.Sprintf("Slack user %s from %s.slack.com", payload.UserName, payload.TeamDomain),
				AlertID:     e.AlertID,
				AlertAction: res.String(),
			})
			if err != nil {
				log.Log(ctx, err)
			}
		}
		return linkURL, nil
	}

	return "", err
}
