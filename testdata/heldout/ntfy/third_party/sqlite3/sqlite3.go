// Package sqlite3 is a stand-in for the subset of github.com/mattn/go-sqlite3 used by ntfy
// (the error type and the unique-constraint extended code).
package sqlite3

// ErrNo is the SQLite result code.
type ErrNo int

// ErrNoExtended is the SQLite extended result code.
type ErrNoExtended int

// Error is the error returned by the SQLite driver.
type Error struct {
	Code         ErrNo
	ExtendedCode ErrNoExtended
	err          string
}

func (e Error) Error() string { return e.err }

// ErrConstraint is SQLITE_CONSTRAINT.
const ErrConstraint = ErrNo(19)

// ErrConstraintUnique is SQLITE_CONSTRAINT_UNIQUE.
var ErrConstraintUnique = ErrConstraint.Extend(8)

// ErrConstraintPrimaryKey is SQLITE_CONSTRAINT_PRIMARYKEY.
var ErrConstraintPrimaryKey = ErrConstraint.Extend(6)

// Extend returns an extended code.
func (err ErrNo) Extend(by int) ErrNoExtended {
	return ErrNoExtended(int(err) | (by << 8))
}
