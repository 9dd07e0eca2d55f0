package handler

import (
	"fmt"
	"strings"

	"example.com/heldout/flagr/swagger_gen/models"
)

// Error reproduces pkg/handler/error.go:11.
type Error struct {
	StatusCode int
	Message    string
	Values     []any
}

func (e *Error) Error() string {
	msg := fmt.Sprintf(e.Message, e.Values...)
	return fmt.Sprintf("status_code: %d. %s", e.StatusCode, msg)
}

// NewError reproduces pkg/handler/error.go:23.
func NewError(statusCode int, msg string, values ...any) *Error {
	return &Error{
		StatusCode: statusCode,
		Message:    msg,
		Values:     values,
	}
}

// ErrorMessage reproduces pkg/handler/error.go:32.
func ErrorMessage(s string, data ...any) *models.Error {
	msg := fmt.Sprintf(s, data...)
	return &models.Error{
		Message: &msg,
	}
}

// flagKeyUniqueViolation reproduces pkg/handler/error.go:39: reports whether
// err is a DB unique violation on flags.key (idx_flag_key).
func flagKeyUniqueViolation(err error) bool {
	if err == nil {
		return false
	}
	msg := strings.ToLower(err.Error())
	if !strings.Contains(msg, "unique") && !strings.Contains(msg, "duplicate") {
		return false
	}
	return strings.Contains(msg, "idx_flag_key") ||
		strings.Contains(msg, "flags.key") ||
		(strings.Contains(msg, "constraint failed") && strings.Contains(msg, "key"))
}
