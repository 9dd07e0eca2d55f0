package types

import (
	"database/sql"
	"errors"

	api "example.com/heldout/vela/api/types"
)

// Hook reproduces database/types/hook.go (tags as upstream).
type Hook struct {
	ID          sql.NullInt64  `sql:"id"`
	RepoID      sql.NullInt64  `sql:"repo_id"`
	BuildID     sql.NullInt64  `sql:"build_id"`
	Number      sql.NullInt64  `sql:"number"`
	SourceID    sql.NullString `sql:"source_id"`
	Created     sql.NullInt64  `sql:"created"`
	Host        sql.NullString `sql:"host"`
	Event       sql.NullString `sql:"event"`
	EventAction sql.NullString `sql:"event_action"`
	Branch      sql.NullString `sql:"branch"`
	Error       sql.NullString `sql:"error"`
	Status      sql.NullString `sql:"status"`
	Link        sql.NullString `sql:"link"`
	WebhookID   sql.NullInt64  `sql:"webhook_id"`

	Repo  Repo  `gorm:"foreignKey:RepoID"`
	Build Build `gorm:"foreignKey:BuildID"`
}

// ToAPI reproduces Hook.ToAPI (trimmed).
func (h *Hook) ToAPI() *api.Hook {
	hook := new(api.Hook)

	hook.SetID(h.ID.Int64)
	hook.SetRepo(h.Repo.ToAPI())
	hook.SetNumber(h.Number.Int64)
	hook.SetSourceID(h.SourceID.String)
	hook.SetCreated(h.Created.Int64)
	hook.SetHost(h.Host.String)
	hook.SetEvent(h.Event.String)
	hook.SetEventAction(h.EventAction.String)
	hook.SetStatus(h.Status.String)
	hook.SetError(h.Error.String)
	hook.SetWebhookID(h.WebhookID.Int64)

	return hook
}

// Validate reproduces Hook.Validate.
func (h *Hook) Validate() error {
	if h.RepoID.Int64 <= 0 {
		return errors.New("empty hook repo_id provided")
	}

	if h.Number.Int64 <= 0 {
		return errors.New("empty hook number provided")
	}

	if len(h.SourceID.String) == 0 {
		return errors.New("empty hook source_id provided")
	}

	return nil
}

// HookFromAPI reproduces HookFromAPI (trimmed).
func HookFromAPI(h *api.Hook) *Hook {
	hook := &Hook{
		ID:          sql.NullInt64{Int64: h.GetID(), Valid: h.GetID() != 0},
		RepoID:      sql.NullInt64{Int64: h.GetRepo().GetID(), Valid: true},
		BuildID:     sql.NullInt64{Int64: h.GetBuild().GetID(), Valid: h.GetBuild().GetID() != 0},
		Number:      sql.NullInt64{Int64: h.GetNumber(), Valid: true},
		SourceID:    sql.NullString{String: h.GetSourceID(), Valid: true},
		Created:     sql.NullInt64{Int64: h.GetCreated(), Valid: true},
		Host:        sql.NullString{String: h.GetHost(), Valid: true},
		Event:       sql.NullString{String: h.GetEvent(), Valid: true},
		EventAction: sql.NullString{String: h.GetEventAction(), Valid: true},
		Error:       sql.NullString{String: h.GetError(), Valid: true},
		Status:      sql.NullString{String: h.GetStatus(), Valid: true},
		WebhookID:   sql.NullInt64{Int64: h.GetWebhookID(), Valid: true},
	}

	return hook
}
