// Package api is a reduced copy of server/src/api: the HTTP handlers.
package api

import (
	"context"
	"errors"
	"net/http"

	"example.com/realworld/scrumlr/role"
	"example.com/realworld/scrumlr/sessionrequests"
	"example.com/realworld/scrumlr/sessions"
	"example.com/realworld/scrumlr/third_party/uuid"
)

// AccessPolicy is server/src/boards/access_policy.go.
type AccessPolicy string

const (
	Public       AccessPolicy = "PUBLIC"
	ByPassphrase AccessPolicy = "BY_PASSPHRASE"
	ByInvite     AccessPolicy = "BY_INVITE"
)

// Board is server/src/boards/dto.go (fields trimmed).
type Board struct {
	ID           uuid.UUID
	AccessPolicy AccessPolicy
	Passphrase   *string
}

// BoardService stands in for server/src/boards BoardService (Get only).
type BoardService interface {
	Get(ctx context.Context, id uuid.UUID) (*Board, error)
}

// Server is server/src/api/router.go (fields trimmed).
type Server struct {
	boards          BoardService
	sessions        sessions.SessionService
	sessionRequests sessionrequests.SessionRequestService
}

// joinBoard is server/src/api/boards.go:218 (POST /boards/{id}/participants,
// router.go:324), reduced to its decisions (HTTP parsing, tracing and
// passphrase hashing trimmed): sessions.Exists (:235) -> redirect when
// already a participant; public board -> sessions.Create (:273); passphrase
// board -> sessions.Create (:307); invite board -> sessionRequests.Exists
// (:329) then sessionRequests.Create (:343).
func (s *Server) joinBoard(ctx context.Context, board, user uuid.UUID, passphrase string) (int, error) {
	sessionExists, err := s.sessions.Exists(ctx, board, user) // race
	if err != nil {
		return http.StatusInternalServerError, err
	}

	if sessionExists {
		banned, err := s.sessions.IsParticipantBanned(ctx, board, user)
		if err != nil {
			return http.StatusInternalServerError, err
		}

		if banned {
			return http.StatusForbidden, errors.New("participant is currently banned from this session")
		}

		return http.StatusSeeOther, nil
	}

	b, err := s.boards.Get(ctx, board)
	if err != nil {
		return http.StatusNotFound, err
	}

	if b.AccessPolicy == Public {
		_, err := s.sessions.Create(ctx, sessions.BoardSessionCreateRequest{Board: board, User: user, Role: role.ParticipantRole})
		if err != nil {
			return http.StatusInternalServerError, err
		}

		return http.StatusCreated, nil
	}

	if b.AccessPolicy == ByPassphrase {
		if passphrase == "" {
			return http.StatusBadRequest, errors.New("missing passphrase")
		}

		if b.Passphrase != nil && passphrase == *b.Passphrase {
			_, err := s.sessions.Create(ctx, sessions.BoardSessionCreateRequest{Board: board, User: user, Role: role.ParticipantRole})
			if err != nil {
				return http.StatusInternalServerError, err
			}

			return http.StatusCreated, nil

		} else {
			return http.StatusBadRequest, errors.New("wrong passphrase")
		}
	}

	if b.AccessPolicy == ByInvite {
		sessionRequestExists, err := s.sessionRequests.Exists(ctx, board, user) // safe: the insert is INSERT ... ON CONFLICT ("user", board) DO UPDATE
		if err != nil {
			return http.StatusInternalServerError, err
		}

		if sessionRequestExists {
			return http.StatusSeeOther, nil
		}

		_, err = s.sessionRequests.Create(ctx, board, user)
		if err != nil {
			return http.StatusInternalServerError, err
		}

		return http.StatusSeeOther, nil
	}

	return http.StatusBadRequest, nil
}
