package cookie

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	v1 "example.com/realworld/hatchet/pkg/repository"
	"example.com/realworld/hatchet/third_party/gorilla/sessions"
	"example.com/realworld/hatchet/third_party/securecookie"
	"example.com/realworld/hatchet/third_party/uuid"
)

// UserSessionKey is the session value key holding the user id.
const UserSessionKey = "user_id"

// UserSessionStore is pkg/auth/cookie/sessionstore.go (reduced).
type UserSessionStore struct {
	codecs  []securecookie.Codec
	options *sessions.Options
	repo    v1.UserSessionRepository
}

type sessionDataJSON struct {
	Data []byte `json:"data"`
}

// save is pkg/auth/cookie/sessionstore.go:262, called from Save (:220) on
// every response that touches the session. New (:174) keeps a cookie's
// session ID when its row is gone (load returns pgx.ErrNoRows, :192), so
// two concurrent requests carrying that cookie both reach save with the same
// ID; Save (:241) also mints a fresh ID only when the cookie had none.
func (store *UserSessionStore) save(ctx context.Context, session *sessions.Session) error {
	if session.ID == "" {
		return fmt.Errorf("session ID required but not set")
	}

	sessionId, err := uuid.Parse(session.ID)
	if err != nil {
		return fmt.Errorf("invalid session ID: %w", err)
	}

	encoded, err := securecookie.EncodeMulti(session.Name(), session.Values, store.codecs...)
	if err != nil {
		return err
	}

	exOn := session.Values["expires_on"]

	var expiresOn time.Time

	if exOn == nil {
		expiresOn = time.Now().UTC().Add(time.Second * time.Duration(session.Options.MaxAge))
	} else {
		expiresOn = exOn.(time.Time)
		if expiresOn.Sub(time.Now().UTC().Add(time.Second*time.Duration(session.Options.MaxAge))) < 0 {
			expiresOn = time.Now().UTC().Add(time.Second * time.Duration(session.Options.MaxAge))
		}
	}

	var userId *uuid.UUID

	if userIDInt, exists := session.Values[UserSessionKey]; exists && userIDInt != nil {
		userIdUUID, err := uuid.Parse(userIDInt.(string))

		if err != nil {
			return fmt.Errorf("invalid user ID in session: %w", err)
		}

		userId = &userIdUUID
	}

	jsonData := &sessionDataJSON{
		Data: []byte(encoded),
	}

	jsonBytes, err := json.Marshal(jsonData)

	if err != nil {
		return err
	}

	repo := store.repo

	_, err = repo.GetById(ctx, sessionId) // race

	if err != nil && errors.Is(err, pgx.ErrNoRows) {
		_, err := repo.Create(ctx, &v1.CreateSessionOpts{
			ID:        sessionId,
			Data:      jsonBytes,
			ExpiresAt: expiresOn,
			UserId:    userId,
		})

		return err
	}

	_, err = repo.Update(ctx, sessionId, &v1.UpdateSessionOpts{
		Data:   jsonBytes,
		UserId: userId,
	})

	return err
}
