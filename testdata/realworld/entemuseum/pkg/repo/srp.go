package repo

import (
	"context"
	"database/sql"
	"errors"

	"example.com/realworld/entemuseum/ente"
	"example.com/realworld/entemuseum/third_party/stacktrace"
	"example.com/realworld/entemuseum/third_party/uuid"
)

// AddSRPSession inserts a SRPSession and returns the session id
// server/pkg/repo/srp.go:15 (id is a fresh uuid.New())
func (repo *UserAuthRepository) AddSRPSession(srpUserID uuid.UUID, serverKey string, srpA string) (uuid.UUID, error) {
	id := uuid.New()
	_, err := repo.DB.Exec(`
	INSERT INTO srp_sessions(id, srp_user_id, server_key, srp_a)
	 VALUES($1, $2 , $3, $4)`, id, srpUserID, serverKey, srpA)
	return id, stacktrace.Propagate(err, "")
}

// AddFakeSRPSession inserts a fake SRPSession for user enumeration protection
// server/pkg/repo/srp.go:24 (INSERT :26-28, id is a fresh uuid.New())
func (repo *UserAuthRepository) AddFakeSRPSession(srpUserID uuid.UUID, serverKey string, srpA string) (uuid.UUID, error) {
	id := uuid.New()
	_, err := repo.DB.Exec(`
	INSERT INTO srp_sessions(id, srp_user_id, server_key, srp_a, is_fake)
	 VALUES($1, $2 , $3, $4, true)`, id, srpUserID, serverKey, srpA)
	return id, stacktrace.Propagate(err, "")
}

// GetSRPAuthEntity is server/pkg/repo/srp.go:38 (SELECT :40).
func (repo *UserAuthRepository) GetSRPAuthEntity(ctx context.Context, userID int64) (*ente.SRPAuthEntity, error) {
	result := ente.SRPAuthEntity{}
	row := repo.DB.QueryRowContext(ctx, `SELECT user_id, srp_user_id, salt, verifier FROM srp_auth WHERE user_id = $1`, userID)
	err := row.Scan(&result.UserID, &result.SRPUserID, &result.Salt, &result.Verifier)
	if err != nil {
		return nil, stacktrace.Propagate(err, "")
	}
	return &result, nil
}

// GetSRPAuthEntityBySRPUserID is server/pkg/repo/srp.go:48 (SELECT :50).
func (repo *UserAuthRepository) GetSRPAuthEntityBySRPUserID(ctx context.Context, srpUserID uuid.UUID) (*ente.SRPAuthEntity, error) {
	result := ente.SRPAuthEntity{}
	row := repo.DB.QueryRowContext(ctx, `SELECT user_id, srp_user_id, salt, verifier FROM srp_auth WHERE srp_user_id = $1`, srpUserID)
	err := row.Scan(&result.UserID, &result.SRPUserID, &result.Salt, &result.Verifier)
	if err != nil {
		return nil, stacktrace.Propagate(err, "")
	}
	return &result, nil

}

// IsSRPSetupDone returns true if the user has already set SRP attributes
// server/pkg/repo/srp.go:60
func (repo *UserAuthRepository) IsSRPSetupDone(ctx context.Context, userID int64) (bool, error) {
	_, err := repo.GetSRPAuthEntity(ctx, userID)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return false, nil
		}
		return false, stacktrace.Propagate(err, "failed to read srp attributes")
	}
	return true, nil
}

// GetTempSRPSetupEntity is server/pkg/repo/srp.go:99.
func (repo *UserAuthRepository) GetTempSRPSetupEntity(ctx context.Context, setUpID uuid.UUID) (*ente.SRPSetupEntity, error) {
	result := ente.SRPSetupEntity{}
	row := repo.DB.QueryRowContext(ctx, `SELECT id, session_id, user_id, srp_user_id, salt, verifier FROM temp_srp_setup WHERE id = $1`, setUpID)
	err := row.Scan(&result.ID, &result.SessionID, &result.UserID, &result.SRPUserID, &result.Salt, &result.Verifier)
	if err != nil {
		return nil, stacktrace.Propagate(err, "")
	}
	return &result, nil
}

// InsertSRPAuth is server/pkg/repo/srp.go:109: IsSRPSetupDone (:110), then
// INSERT INTO srp_auth (:117-118).
func (repo *UserAuthRepository) InsertSRPAuth(ctx context.Context, userID int64, srpUserID uuid.UUID, verifier string, salt string) error {
	isSRPSetupDone, err := repo.IsSRPSetupDone(ctx, userID) // race
	if err != nil {
		return stacktrace.Propagate(err, "")
	}
	if isSRPSetupDone {
		return stacktrace.Propagate(ente.NewBadRequestWithMessage("SRP setup already complete"), "")
	}
	_, err = repo.DB.ExecContext(ctx, `
	INSERT INTO srp_auth(user_id, srp_user_id, salt, verifier) VALUES($1, $2 , $3, $4)`,
		userID, srpUserID, salt, verifier)
	return stacktrace.Propagate(err, "")
}

// InsertOrUpdateSRPAuthAndKeyAttr is server/pkg/repo/srp.go:123:
// IsSRPSetupDone (:124) runs before the transaction starts (:128); the
// INSERT (:133-134) or UPDATE branch is chosen from that stale answer.
func (repo *UserAuthRepository) InsertOrUpdateSRPAuthAndKeyAttr(ctx context.Context, userID int64, req ente.UpdateSRPAndKeysRequest, setup *ente.SRPSetupEntity) error {
	isSRPSetupDone, err := repo.IsSRPSetupDone(ctx, userID) // race
	if err != nil {
		return stacktrace.Propagate(err, "")
	}
	tx, err := repo.DB.BeginTx(ctx, nil)
	if err != nil {
		return stacktrace.Propagate(err, "")
	}
	if !isSRPSetupDone {
		_, err = tx.ExecContext(ctx, `
	INSERT INTO srp_auth(user_id, srp_user_id, salt, verifier) VALUES($1, $2 , $3, $4)`,
			userID, setup.SRPUserID, setup.Salt, setup.Verifier)
	} else {
		_, err = tx.ExecContext(ctx, `UPDATE srp_auth SET srp_user_id = $1, salt = $2, verifier = $3 WHERE user_id = $4`,
			setup.SRPUserID, setup.Salt, setup.Verifier, userID)
	}
	if err != nil {
		rollBackErr := tx.Rollback()
		if rollBackErr != nil {
			return rollBackErr
		}
		return stacktrace.Propagate(err, "")
	}
	updateKeyAttr := *req.UpdateAttributes
	if validErr := updateKeyAttr.Validate(); validErr != nil {
		return stacktrace.Propagate(validErr, "")
	}
	_, err = tx.ExecContext(ctx, `UPDATE key_attributes SET kek_salt = $1, encrypted_key = $2, key_decryption_nonce = $3, mem_limit = $4, ops_limit = $5 WHERE user_id = $6`,
		updateKeyAttr.KEKSalt, updateKeyAttr.EncryptedKey, updateKeyAttr.KeyDecryptionNonce, updateKeyAttr.MemLimit, updateKeyAttr.OpsLimit, userID)
	if err != nil {
		rollBackErr := tx.Rollback()
		if rollBackErr != nil {
			return rollBackErr
		}
		return stacktrace.Propagate(err, "")
	}
	return tx.Commit()
}
