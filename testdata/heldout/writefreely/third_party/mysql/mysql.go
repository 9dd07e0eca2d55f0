// Package mysql is a stand-in for github.com/go-sql-driver/mysql (the
// MySQLError type writefreely inspects).
package mysql

import "fmt"

// MySQLError is an error returned by the MySQL server.
type MySQLError struct {
	Number  uint16
	Message string
}

func (me *MySQLError) Error() string {
	return fmt.Sprintf("Error %d: %s", me.Number, me.Message)
}
