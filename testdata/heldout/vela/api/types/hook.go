package types

// Hook reproduces api/types/hook.go (trimmed).
type Hook struct {
	ID          *int64  `json:"id,omitempty"`
	Repo        *Repo   `json:"repo,omitempty"`
	Build       *Build  `json:"build,omitempty"`
	Number      *int64  `json:"number,omitempty"`
	SourceID    *string `json:"source_id,omitempty"`
	Created     *int64  `json:"created,omitempty"`
	Host        *string `json:"host,omitempty"`
	Event       *string `json:"event,omitempty"`
	EventAction *string `json:"event_action,omitempty"`
	Status      *string `json:"status,omitempty"`
	Error       *string `json:"error,omitempty"`
	WebhookID   *int64  `json:"webhook_id,omitempty"`
}

func (h *Hook) GetID() int64 {
	if h == nil {
		return 0
	}

	return val(h.ID)
}

func (h *Hook) GetRepo() *Repo {
	if h == nil || h.Repo == nil {
		return new(Repo)
	}

	return h.Repo
}

func (h *Hook) GetBuild() *Build {
	if h == nil || h.Build == nil {
		return new(Build)
	}

	return h.Build
}

func (h *Hook) GetNumber() int64 {
	if h == nil {
		return 0
	}

	return val(h.Number)
}

func (h *Hook) GetSourceID() string {
	if h == nil {
		return ""
	}

	return val(h.SourceID)
}

func (h *Hook) GetCreated() int64 {
	if h == nil {
		return 0
	}

	return val(h.Created)
}

func (h *Hook) GetHost() string {
	if h == nil {
		return ""
	}

	return val(h.Host)
}

func (h *Hook) GetEvent() string {
	if h == nil {
		return ""
	}

	return val(h.Event)
}

func (h *Hook) GetEventAction() string {
	if h == nil {
		return ""
	}

	return val(h.EventAction)
}

func (h *Hook) GetStatus() string {
	if h == nil {
		return ""
	}

	return val(h.Status)
}

func (h *Hook) GetError() string {
	if h == nil {
		return ""
	}

	return val(h.Error)
}

func (h *Hook) GetWebhookID() int64 {
	if h == nil {
		return 0
	}

	return val(h.WebhookID)
}

func (h *Hook) SetID(v int64)           { h.ID = &v }
func (h *Hook) SetRepo(v *Repo)         { h.Repo = v }
func (h *Hook) SetBuild(v *Build)       { h.Build = v }
func (h *Hook) SetNumber(v int64)       { h.Number = &v }
func (h *Hook) SetSourceID(v string)    { h.SourceID = &v }
func (h *Hook) SetCreated(v int64)      { h.Created = &v }
func (h *Hook) SetHost(v string)        { h.Host = &v }
func (h *Hook) SetEvent(v string)       { h.Event = &v }
func (h *Hook) SetEventAction(v string) { h.EventAction = &v }
func (h *Hook) SetStatus(v string)      { h.Status = &v }
func (h *Hook) SetError(v string)       { h.Error = &v }
func (h *Hook) SetWebhookID(v int64)    { h.WebhookID = &v }
