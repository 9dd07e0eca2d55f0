package types

import (
	"database/sql"
	"errors"
)

// server/store/types/errors.go:22-28, verbatim.
var (
	// RecordNotExist a Get or Update could not find the requested record.
	ErrRecordNotExist = sql.ErrNoRows

	// ErrInsertDuplicateDetected is returned when an insert fails because of unique constrains.
	ErrInsertDuplicateDetected = errors.New("on insert duplicate based on constraints was detected")
)
