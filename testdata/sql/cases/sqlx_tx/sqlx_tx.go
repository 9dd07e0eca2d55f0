// sqlx in a transaction: GetContext on the *sqlx.Tx, then ExecContext;
// the savepoint uses the transaction's ExecContext with the insert's
// context.
package sqlx_tx

import (
	"context"
	"database/sql"
	"errors"

	"github.com/jmoiron/sqlx"
)

// Enroll enrolls the student in the course, in the caller's transaction.
func Enroll(ctx context.Context, tx *sqlx.Tx, courseID, studentID int64) error {
	var id int64
	err := tx.GetContext(ctx, &id, "SELECT id FROM enrollments WHERE course_id = ? AND student_id = ?", courseID, studentID)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = tx.ExecContext(ctx, "INSERT INTO enrollments (course_id, student_id) VALUES (?, ?)", courseID, studentID)
	}
	return err
}
