// Getters that return columns of the row, "" when there is none (a
// table's method with three results, dendrite's
// SelectLocalpartForThreePID; one with two), and checks of the column
// before an insert of the row: len(localpart) > 0, localpart != "".
package column_getter

import (
	"context"
	"database/sql"
	"errors"
)

const schema = `
CREATE TABLE threepids (
	threepid VARCHAR(191) NOT NULL,
	medium VARCHAR(32) NOT NULL,
	localpart VARCHAR(191) NOT NULL,
	server_name VARCHAR(191),
	PRIMARY KEY (threepid, medium)
);
`

// ErrInUse says another account has the address.
var ErrInUse = errors.New("3pid in use")

type Threepids struct{ db *sql.DB }

// selectLocalpart returns the owner of the address, "" when none.
func (s *Threepids) selectLocalpart(ctx context.Context, threepid, medium string) (localpart, serverName string, err error) {
	var server sql.NullString
	err = s.db.QueryRowContext(ctx, `SELECT localpart, server_name FROM threepids WHERE threepid = ? AND medium = ?`, threepid, medium).Scan(&localpart, &server)
	if err == sql.ErrNoRows {
		return "", "", nil
	}
	return localpart, server.String, err
}

// owner returns the owner of the address, "" when none.
func (s *Threepids) owner(ctx context.Context, threepid, medium string) (string, error) {
	var localpart string
	err := s.db.QueryRowContext(ctx, `SELECT localpart FROM threepids WHERE threepid = ? AND medium = ?`, threepid, medium).Scan(&localpart)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return localpart, err
}

// insert stores the association.
func (s *Threepids) insert(ctx context.Context, threepid, medium, localpart string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO threepids (threepid, medium, localpart) VALUES (?, ?, ?)`, threepid, medium, localpart)
	return err
}

// Save associates the address with the account, once.
func (s *Threepids) Save(ctx context.Context, threepid, medium, localpart string) error {
	user, _, err := s.selectLocalpart(ctx, threepid, medium)
	if err != nil {
		return err
	}
	if len(user) > 0 {
		return ErrInUse
	}
	return s.insert(ctx, threepid, medium, localpart)
}

// Bind associates the address unless it is bound, and returns its owner.
func (s *Threepids) Bind(ctx context.Context, threepid, medium, localpart string) (string, error) {
	owner, err := s.owner(ctx, threepid, medium)
	if err != nil {
		return "", err
	}
	if owner != "" {
		return owner, nil
	}
	if err := s.insert(ctx, threepid, medium, localpart); err != nil {
		return "", err
	}
	return localpart, nil
}

// Owner only reads.
func (s *Threepids) Owner(ctx context.Context, threepid, medium string) (bool, error) {
	owner, err := s.owner(ctx, threepid, medium)
	return owner != "", err
}
