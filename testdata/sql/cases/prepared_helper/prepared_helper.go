// Statements prepared by a helper of the module that takes the SQL
// (goalert's p.P(query) *sql.Stmt) in the struct literal that holds
// them; lookups whose not-found error is dropped (if err ==
// sql.ErrNoRows { err = nil }) and whose scanned value is tested
// (if userID == ""), as goalert's and dendrite's are. Fixed with a
// unique key; reported without one.
package prepared_helper

import (
	"context"
	"database/sql"
)

const schema = `
CREATE TABLE auth_subjects (
	provider_id TEXT NOT NULL,
	subject_id TEXT NOT NULL,
	user_id TEXT NOT NULL,
	CONSTRAINT auth_subjects_pkey PRIMARY KEY (provider_id, subject_id)
);
CREATE TABLE filters (
	id SERIAL PRIMARY KEY,
	localpart TEXT NOT NULL,
	filter TEXT NOT NULL
);
`

// Prepare prepares statements until the first error, kept in Err.
type Prepare struct {
	DB  *sql.DB
	Err error
}

// P prepares query.
func (p *Prepare) P(query string) *sql.Stmt {
	if p.Err != nil {
		return nil
	}
	var s *sql.Stmt
	s, p.Err = p.DB.PrepareContext(context.Background(), query)
	return s
}

type Handler struct {
	userLookup *sql.Stmt
	addSubject *sql.Stmt
	filterID   *sql.Stmt
	addFilter  *sql.Stmt
}

// NewHandler prepares the handler's statements.
func NewHandler(db *sql.DB) (*Handler, error) {
	p := &Prepare{DB: db}
	h := &Handler{
		userLookup: p.P(`
			select user_id
			from auth_subjects
			where provider_id = $1 and subject_id = $2
		`),
		addSubject: p.P(`
			insert into auth_subjects (provider_id, subject_id, user_id)
			values ($1, $2, $3)
		`),
		filterID:  p.P(`select id from filters where localpart = $1 and filter = $2`),
		addFilter: p.P(`insert into filters (localpart, filter) values ($1, $2) returning id`),
	}
	return h, p.Err
}

// Login returns the user the subject is linked to, linking it to
// newUser when it is not.
func (h *Handler) Login(ctx context.Context, provider, subject, newUser string) (string, error) {
	var userID string
	err := h.userLookup.QueryRowContext(ctx, provider, subject).Scan(&userID)
	if err == sql.ErrNoRows {
		err = nil
	}
	if err != nil {
		return "", err
	}
	if userID == "" {
		_, err = h.addSubject.ExecContext(ctx, provider, subject, newUser)
		if err != nil {
			return "", err
		}
		userID = newUser
	}
	return userID, nil
}

// FilterID returns the id of the stored filter: nothing makes a filter
// unique, reported.
func (h *Handler) FilterID(ctx context.Context, localpart, filter string) (int64, error) {
	var id int64
	err := h.filterID.QueryRowContext(ctx, localpart, filter).Scan(&id)
	if err != nil && err != sql.ErrNoRows {
		return 0, err
	}
	if id != 0 {
		return id, nil
	}
	err = h.addFilter.QueryRowContext(ctx, localpart, filter).Scan(&id)
	return id, err
}
