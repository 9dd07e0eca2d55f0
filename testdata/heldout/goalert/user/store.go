package user

import (
	"context"
	"database/sql"
	"errors"

	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/util"
	"example.com/heldout/goalert/validation/validate"
)

// Store reproduces user/store.go:21 (only the statements used by the
// reproduced sites).
type Store struct {
	db *sql.DB

	insert *sql.Stmt

	findOneBySubject *sql.Stmt

	setAuthSubject        *sql.Stmt
	insertUserAuthSubject *sql.Stmt
}

// NewStore reproduces user/store.go:63 (statement texts verbatim).
func NewStore(ctx context.Context, db *sql.DB) (*Store, error) {
	p := &util.Prepare{DB: db, Ctx: ctx}
	store := &Store{
		db: db,

		insert: p.P(`
			INSERT INTO users (
				id, name, email, avatar_url, role
			)
			VALUES ($1, $2, $3, $4, $5)
		`),

		setAuthSubject: p.P(`
			INSERT INTO auth_subjects (provider_id, subject_id, user_id)
			VALUES ($1, $2, $3)
			ON CONFLICT (provider_id, subject_id) DO UPDATE
			SET user_id = $3
		`),

		findOneBySubject: p.P(`
			SELECT
				u.id, u.name, u.email, u.avatar_url, u.role, false
			FROM auth_subjects s
			JOIN users u ON u.id = s.user_id
			WHERE s.provider_id = $1 AND s.subject_id = $2
		`),

		insertUserAuthSubject: p.P(`
			INSERT into auth_subjects (
				user_id, provider_id, subject_id
			)
			VALUES ($1, $2, $3)
			ON CONFLICT DO NOTHING
		`),
	}
	if p.Err != nil {
		return nil, p.Err
	}

	return store, nil
}

func withTx(ctx context.Context, tx *sql.Tx, stmt *sql.Stmt) *sql.Stmt {
	if tx == nil {
		return stmt
	}

	return tx.StmtContext(ctx, stmt)
}

// InsertTx reproduces user/store.go:344: a plain INSERT of a user with a
// fresh UUID (Normalize), no lookup.
func (s *Store) InsertTx(ctx context.Context, tx *sql.Tx, u *User) (*User, error) {
	err := permission.LimitCheckAny(ctx, permission.System, permission.Admin)
	if err != nil {
		return nil, err
	}

	n, err := u.Normalize()
	if err != nil {
		return nil, err
	}

	_, err = withTx(ctx, tx, s.insert).ExecContext(ctx, n.fields()...)
	if err != nil {
		return nil, err
	}

	return n, nil
}

// FindOneBySubject reproduces user/store.go:596. Used by
// Engine.ReceiveSubject (engine/engine.go:345) for Slack button presses: a
// nil result makes the Slack handler create an auth link request keyed on a
// fresh UUID (auth/authlink/store.go:149,170), never an auth subject (the
// subject is only linked later, by the user, in LinkAccount).
func (s *Store) FindOneBySubject(ctx context.Context, providerID, subjectID string) (*User, error) {
	err := permission.LimitCheckAny(ctx, permission.Admin)
	if err != nil {
		return nil, err
	}

	err = validate.Many(
		validate.SubjectID("ProviderID", providerID),
		validate.SubjectID("SubjectID", subjectID),
	)
	if err != nil {
		return nil, err
	}

	row := s.findOneBySubject.QueryRowContext(ctx, providerID, subjectID)
	var u User
	err = u.scanFrom(row.Scan)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &u, nil
}

// SetAuthSubject reproduces user/store.go:181 (atomic upsert, no lookup;
// reached from sysapiserver.SetAuthSubject).
func (s *Store) SetAuthSubject(ctx context.Context, providerID, subjectID, userID string) error {
	err := permission.LimitCheckAny(ctx, permission.System, permission.Admin)
	if err != nil {
		return err
	}

	_, err = s.setAuthSubject.ExecContext(ctx, providerID, subjectID, userID)
	if err != nil {
		return err
	}

	return nil
}
