// Package mysql is a stand-in for github.com/go-sql-driver/mysql: webook's
// DAOs only use its *MySQLError to recognise error 1062 (ER_DUP_ENTRY).
package mysql

import "fmt"

// MySQLError reproduces github.com/go-sql-driver/mysql.MySQLError.
type MySQLError struct {
	Number   uint16
	SQLState [5]byte
	Message  string
}

func (me *MySQLError) Error() string {
	return fmt.Sprintf("Error %d: %s", me.Number, me.Message)
}
