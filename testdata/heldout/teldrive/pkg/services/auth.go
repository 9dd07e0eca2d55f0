package services

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"

	"example.com/heldout/teldrive/internal/api"
	jetmodel "example.com/heldout/teldrive/internal/database/jet/gen/model"
	"example.com/heldout/teldrive/pkg/repositories"
)

func ptr[T any](v T) *T { return &v }

// AuthLogin reproduces pkg/services/auth.go:39 (JWT encoding, the Telegram
// authorization listing and the cookies dropped): in one transaction, the
// user row, the user's "root" folder and the session row are looked up /
// created; then the default periodic jobs are ensured.
func (a *apiService) AuthLogin(ctx context.Context, session *api.AuthAttemptSession) (*api.AuthLoginNoContent, error) {
	sessionID := uuid.New()
	var dateCreated int32
	refreshTokenHash := hashToken(uuid.NewString())

	if err := a.repo.WithTx(ctx, func(txCtx context.Context) error {
		if _, err := a.repo.Users.GetByID(txCtx, session.UserId); err != nil { // safe: Users.Create is INSERT ... ON CONFLICT (user_id) DO NOTHING
			if !errors.Is(err, repositories.ErrNotFound) {
				return err
			}
			name := session.Name
			now := time.Now().UTC()
			user := &jetmodel.Users{
				UserID:    session.UserId,
				Name:      &name,
				UserName:  session.UserName,
				IsPremium: session.IsPremium,
				CreatedAt: now,
				UpdatedAt: now,
			}
			if err := a.repo.Users.Create(txCtx, user); err != nil {
				return err
			}
		}

		if _, err := a.repo.Files.GetActiveByNameAndParent(txCtx, session.UserId, "root", nil); err != nil { // race
			if !errors.Is(err, repositories.ErrNotFound) {
				return err
			}

			now := time.Now().UTC()
			root := &jetmodel.Files{
				ID:        uuid.New(),
				Name:      "root",
				Type:      "folder",
				MimeType:  "drive/folder",
				UserID:    session.UserId,
				Status:    ptr("active"),
				Encrypted: false,
				CreatedAt: now,
				UpdatedAt: now,
			}
			if err := a.repo.Files.Create(txCtx, root); err != nil {
				return err
			}
		}

		now := time.Now().UTC()
		sessionRow := &jetmodel.Sessions{
			ID:               sessionID,
			UserID:           session.UserId,
			TgSession:        session.Session,
			RefreshTokenHash: &refreshTokenHash,
			SessionDate:      &dateCreated,
			CreatedAt:        now,
			UpdatedAt:        now,
		}
		if err := a.repo.Sessions.Create(txCtx, sessionRow); err != nil {
			return err
		}

		return nil
	}); err != nil {
		return nil, &apiError{err: err}
	}

	if err := a.ensureDefaultPeriodicJobs(ctx, session.UserId); err != nil {
		return nil, err
	}

	return &api.AuthLoginNoContent{}, nil
}

// AuthRefresh reproduces pkg/services/auth.go:160 (JWT re-encoding, the user
// read and the cookie dropped): rotate the refresh token of a live session.
func (a *apiService) AuthRefresh(ctx context.Context, params api.AuthRefreshParams) (*api.AuthRefreshNoContent, error) {
	refreshToken := params.RefreshToken
	if refreshToken == "" {
		return nil, &apiError{code: 401, err: errors.New("missing refresh token")}
	}

	sessionRow, err := a.repo.Sessions.GetByRefreshTokenHash(ctx, hashToken(refreshToken)) // safe: guards only an update of the found session row
	if err != nil {
		return nil, &apiError{code: 401, err: errors.New("invalid refresh token")}
	}

	newRefreshToken := uuid.NewString()
	if err := a.repo.Sessions.UpdateRefreshTokenHash(ctx, sessionRow.ID, hashToken(newRefreshToken)); err != nil {
		return nil, &apiError{err: err}
	}

	return &api.AuthRefreshNoContent{}, nil
}
