package dbEntities

import (
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/enum"
	"example.com/heldout/fider/app/pkg/dbx"
)

type Tenant struct {
	ID                    int          `db:"id"`
	Name                  string       `db:"name"`
	Subdomain             string       `db:"subdomain"`
	CNAME                 string       `db:"cname"`
	Invitation            string       `db:"invitation"`
	WelcomeMessage        string       `db:"welcome_message"`
	WelcomeHeader         string       `db:"welcome_header"`
	DescriptionTemplate   string       `db:"description_template"`
	Status                int          `db:"status"`
	Locale                string       `db:"locale"`
	IsPrivate             bool         `db:"is_private"`
	LogoBlobKey           string       `db:"logo_bkey"`
	CustomCSS             string       `db:"custom_css"`
	AllowedSchemes        string       `db:"allowed_schemes"`
	IsEmailAuthAllowed    bool         `db:"is_email_auth_allowed"`
	IsFeedEnabled         bool         `db:"is_feed_enabled"`
	PreventIndexing       bool         `db:"prevent_indexing"`
	IsModerationEnabled   bool         `db:"is_moderation_enabled"`
	IsPro                 bool         `db:"is_pro"`
	HasPaddleSubscription bool         `db:"has_paddle_subscription"`
	ScheduledDeletionAt   dbx.NullTime `db:"scheduled_deletion_at"`
}

func (t *Tenant) ToModel() *entity.Tenant {
	if t == nil {
		return nil
	}

	return &entity.Tenant{
		ID:                  t.ID,
		Name:                t.Name,
		Subdomain:           t.Subdomain,
		CNAME:               t.CNAME,
		Status:              enum.TenantStatus(t.Status),
		Locale:              t.Locale,
		IsPrivate:           t.IsPrivate,
		LogoBlobKey:         t.LogoBlobKey,
		IsEmailAuthAllowed:  t.IsEmailAuthAllowed,
		IsModerationEnabled: t.IsModerationEnabled,
	}
}
