// Package webhook is a reduced copy of pkg/webhook: the delivery code
// (webhook.go) and the event/payload types the reproduced code uses.
package webhook

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"example.com/realworld/softserve/pkg/db"
	"example.com/realworld/softserve/pkg/db/models"
	"example.com/realworld/softserve/pkg/proto"
	"example.com/realworld/softserve/pkg/store"
	"github.com/google/uuid"
)

// Hook is a repository webhook.
// pkg/webhook/webhook.go:28
type Hook struct {
	models.Webhook
	ContentType ContentType
	Events      []Event
}

// do sends a webhook.
// Caller must close the returned body.
// pkg/webhook/webhook.go:46 (upstream uses an SSRF-guarded client)
func do(ctx context.Context, url string, method string, headers http.Header, body io.Reader) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, url, body)
	if err != nil {
		return nil, err
	}

	req.Header = headers
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}

	return res, nil
}

// SendWebhook sends a webhook event.
// pkg/webhook/webhook.go:61 (the form encoding branch is dropped)
func SendWebhook(ctx context.Context, w models.Webhook, event Event, payload interface{}) error {
	var buf bytes.Buffer
	dbx := db.FromContext(ctx)
	datastore := store.FromContext(ctx)

	contentType := ContentType(w.ContentType) //nolint:gosec
	switch contentType {
	case ContentTypeJSON:
		if err := json.NewEncoder(&buf).Encode(payload); err != nil {
			return err
		}
	default:
		return ErrInvalidContentType
	}

	headers := http.Header{}
	headers.Add("Content-Type", contentType.String())
	headers.Add("X-SoftServe-Event", event.String())

	id, err := uuid.NewUUID()
	if err != nil {
		return err
	}

	headers.Add("X-SoftServe-Delivery", id.String())

	reqBody := buf.String()
	if w.Secret != "" {
		sig := hmac.New(sha256.New, []byte(w.Secret))
		sig.Write([]byte(reqBody)) //nolint: errcheck
		headers.Add("X-SoftServe-Signature", "sha256="+hex.EncodeToString(sig.Sum(nil)))
	}

	res, reqErr := do(ctx, w.URL, http.MethodPost, headers, &buf)
	var reqHeaders string
	for k, v := range headers {
		reqHeaders += k + ": " + v[0] + "\n"
	}

	resStatus := 0
	resHeaders := ""
	resBody := ""

	if res != nil {
		resStatus = res.StatusCode
		for k, v := range res.Header {
			resHeaders += k + ": " + v[0] + "\n"
		}

		if res.Body != nil {
			defer res.Body.Close() //nolint: errcheck
			b, err := io.ReadAll(res.Body)
			if err != nil {
				return err
			}

			resBody = string(b)
		}
	}

	return db.WrapError(datastore.CreateWebhookDelivery(ctx, dbx, id, w.ID, int(event), w.URL, http.MethodPost, reqErr, reqHeaders, reqBody, resStatus, resHeaders, resBody))
}

// SendEvent sends a webhook event.
// pkg/webhook/webhook.go:132
func SendEvent(ctx context.Context, payload EventPayload) error {
	dbx := db.FromContext(ctx)
	datastore := store.FromContext(ctx)
	webhooks, err := datastore.GetWebhooksByRepoIDWhereEvent(ctx, dbx, payload.RepositoryID(), []int{int(payload.Event())}) // safe: looks up the parent webhooks; each delivery row SendWebhook inserts is keyed on a fresh uuid.NewUUID() (webhook.go:87)
	if err != nil {
		return db.WrapError(err)
	}

	for _, w := range webhooks {
		if err := SendWebhook(ctx, w, payload.Event(), payload); err != nil {
			return err
		}
	}

	return nil
}

// ErrInvalidContentType is returned when the content type is invalid.
var ErrInvalidContentType = errors.New("invalid content type")

// ContentType is the type of content that will be sent in a webhook request.
// pkg/webhook/content_type.go
type ContentType int8

const (
	// ContentTypeJSON is JSON content type.
	ContentTypeJSON ContentType = iota
	// ContentTypeForm is form content type.
	ContentTypeForm
)

// String returns the content type string.
func (c ContentType) String() string {
	switch c {
	case ContentTypeJSON:
		return "application/json"
	case ContentTypeForm:
		return "application/x-www-form-urlencoded"
	default:
		return "unknown"
	}
}

// Event is a webhook event (pkg/webhook/event.go).
type Event int

const (
	// EventBranchTagCreate is a branch or tag create event.
	EventBranchTagCreate Event = 1
	// EventCollaborator is a collaborator change event.
	EventCollaborator Event = 3
	// EventPush is a push event.
	EventPush Event = 4
	// EventRepository is a repository create, delete, rename event.
	EventRepository Event = 5
)

// String returns the event name.
func (e Event) String() string {
	switch e {
	case EventBranchTagCreate:
		return "branch_tag_create"
	case EventCollaborator:
		return "collaborator"
	case EventPush:
		return "push"
	case EventRepository:
		return "repository"
	default:
		return "unknown"
	}
}

// ValidateWebhookURL validates a webhook URL (pkg/webhook/validator.go:15).
func ValidateWebhookURL(rawURL string) error {
	if rawURL == "" {
		return errors.New("empty url")
	}
	return nil
}

// EventPayload is a webhook event payload (pkg/webhook/common.go).
type EventPayload interface {
	// Event returns the event type.
	Event() Event
	// RepositoryID returns the repository ID.
	RepositoryID() int64
}

// Common is a common payload.
type Common struct {
	EventType Event `json:"event"`
	RepoID    int64 `json:"repository_id"`
	SenderID  int64 `json:"sender_id"`
}

// Event returns the event type.
func (c Common) Event() Event { return c.EventType }

// RepositoryID returns the repository ID.
func (c Common) RepositoryID() int64 { return c.RepoID }

// RepositoryEventAction is a repository event action.
type RepositoryEventAction string

// RepositoryEventActionDelete is a repository deleted event.
const RepositoryEventActionDelete RepositoryEventAction = "delete"

// RepositoryEvent is a repository event.
type RepositoryEvent struct {
	Common
	Action RepositoryEventAction `json:"action"`
}

// NewRepositoryEvent returns a new repository event (pkg/webhook/repository.go:35,
// reduced: the owner lookup and URLs are dropped).
func NewRepositoryEvent(_ context.Context, user proto.User, repo proto.Repository, action RepositoryEventAction) (RepositoryEvent, error) {
	var sender int64
	if user != nil {
		sender = user.ID()
	}
	return RepositoryEvent{Common: Common{EventType: EventRepository, RepoID: repo.ID(), SenderID: sender}, Action: action}, nil
}

// CollaboratorEventAction is a collaborator event action.
type CollaboratorEventAction string

// CollaboratorEventAdded is a collaborator added event.
const CollaboratorEventAdded CollaboratorEventAction = "added"

// CollaboratorEvent is a collaborator event.
type CollaboratorEvent struct {
	Common
	Action       CollaboratorEventAction `json:"action"`
	Collaborator string                  `json:"collaborator"`
}

// NewCollaboratorEvent returns a new collaborator event
// (pkg/webhook/collaborator.go:35, reduced: the owner and collab lookups are dropped).
func NewCollaboratorEvent(_ context.Context, user proto.User, repo proto.Repository, collabUsername string, action CollaboratorEventAction) (CollaboratorEvent, error) {
	var sender int64
	if user != nil {
		sender = user.ID()
	}
	return CollaboratorEvent{Common: Common{EventType: EventCollaborator, RepoID: repo.ID(), SenderID: sender}, Action: action, Collaborator: collabUsername}, nil
}
