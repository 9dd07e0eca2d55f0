// Copy of database-no-sqlite.go of github.com/writefreely/writefreely (the
// MySQL-only build; database-sqlite.go adds the sqlite3.ErrConstraint case to
// isDuplicateKeyErr). Build tags dropped.

package writefreely

import (
	"example.com/heldout/writefreely/third_party/log"
	"example.com/heldout/writefreely/third_party/mysql"
)

// isDuplicateKeyErr is database-no-sqlite.go:21.
func (db *datastore) isDuplicateKeyErr(err error) bool {
	if db.driverName == driverMySQL {
		if mysqlErr, ok := err.(*mysql.MySQLError); ok {
			return mysqlErr.Number == mySQLErrDuplicateKey
		}
	} else {
		log.Error("isDuplicateKeyErr: failed check for unrecognized driver '%s'", db.driverName)
	}

	return false
}

// isIgnorableError is database-no-sqlite.go:33.
func (db *datastore) isIgnorableError(err error) bool {
	if db.driverName == driverMySQL {
		if mysqlErr, ok := err.(*mysql.MySQLError); ok {
			return mysqlErr.Number == mySQLErrCollationMix
		}
	} else {
		log.Error("isIgnorableError: failed check for unrecognized driver '%s'", db.driverName)
	}

	return false
}
