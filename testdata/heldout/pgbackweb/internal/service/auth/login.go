package auth

import (
	"context"
	"fmt"

	"example.com/heldout/pgbackweb/internal/database/dbgen"
	"example.com/heldout/pgbackweb/internal/util/cryptoutil"
	"github.com/google/uuid"
)

func (s *Service) Login(
	ctx context.Context, email, password, ip, userAgent string,
) (dbgen.AuthServiceLoginCreateSessionRow, error) {
	// The user lookup only authenticates: not found is an error, and the row
	// inserted on the found path is a new session keyed on a fresh
	// uuid_generate_v4() id (sessions has no unique key but its PK).
	user, err := s.dbgen.AuthServiceLoginGetUserByEmail(ctx, email) // safe: lookup authenticates; not-found returns an error and the found path inserts a new session keyed on a fresh uuid (sessions.id DEFAULT uuid_generate_v4())
	if err != nil {
		return dbgen.AuthServiceLoginCreateSessionRow{}, err
	}

	if err := cryptoutil.VerifyBcryptHash(password, user.Password); err != nil {
		return dbgen.AuthServiceLoginCreateSessionRow{}, fmt.Errorf("invalid password")
	}

	session, err := s.dbgen.AuthServiceLoginCreateSession(
		ctx, dbgen.AuthServiceLoginCreateSessionParams{
			UserID:        user.ID,
			Ip:            ip,
			UserAgent:     userAgent,
			Token:         uuid.NewString(),
			EncryptionKey: s.env.PBW_ENCRYPTION_KEY,
		},
	)
	if err != nil {
		return dbgen.AuthServiceLoginCreateSessionRow{}, err
	}

	return session, nil
}
