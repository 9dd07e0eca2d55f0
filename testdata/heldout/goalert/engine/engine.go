package engine

import (
	"context"
	"fmt"

	"example.com/heldout/goalert/auth/authlink"
	"example.com/heldout/goalert/notification"
	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/user"
)

// Config reproduces engine.Config (trimmed).
type Config struct {
	UserStore         *user.Store
	AuthLinkStore     *authlink.Store
	NotificationStore *notification.Store
}

// Engine reproduces engine.Engine (trimmed).
type Engine struct {
	b   *backend
	cfg *Config
}

var _ notification.Receiver = (*Engine)(nil)

// AuthLinkURL reproduces engine/engine.go:187.
func (p *Engine) AuthLinkURL(ctx context.Context, providerID, subjectID string, meta authlink.Metadata) (url string, err error) {
	permission.SudoContext(ctx, func(ctx context.Context) {
		url, err = p.cfg.AuthLinkStore.AuthLinkURL(ctx, providerID, subjectID, meta)
	})
	return url, err
}

// ReceiveSubject reproduces engine/engine.go:331 (callback lookup and
// alert status update trimmed). A Slack "Acknowledge"/"Close" button press
// (notification/slack/servemessageaction.go:144) looks the Slack user up by
// auth subject; when it is unknown the handler creates a link request
// (AuthLinkURL, :161) keyed on a fresh uuid.
func (p *Engine) ReceiveSubject(ctx context.Context, providerID, subjectID, callbackID string, result notification.Result) error {
	var err error
	var usr *user.User
	permission.SudoContext(ctx, func(ctx context.Context) {
		// near-miss N14: the Slack user is looked up by auth subject; not found -> UnknownSubjectError -> the Slack handler inserts an auth link request.
		usr, err = p.cfg.UserStore.FindOneBySubject(ctx, providerID, subjectID) // safe: the not-found path (via UnknownSubjectError and AuthLinkURL) inserts an auth_link_requests row keyed on a freshly generated uuid (auth_link_requests_pkey (id)); nothing keyed on (provider_id, subject_id) is inserted
	})
	if err != nil {
		return fmt.Errorf("failed to find user: %w", err)
	}
	if usr == nil {
		return &notification.UnknownSubjectError{}
	}

	return nil
}
