package datastore

import (
	"fmt"
	"runtime"
	"strings"

	"example.com/realworld/woodpecker/server/store/types"
)

// wrapGet return error if err not nil or if requested entry do not exist
// (server/store/datastore/helper.go:29, verbatim).
func wrapGet(exist bool, err error) error {
	if !exist {
		return types.ErrRecordNotExist
	}
	if err != nil {
		// we only ask for the function's name if needed for performance reasons
		fnName := callerName(2)
		return fmt.Errorf("%s: %w", fnName, err)
	}
	return nil
}

// wrapDelete return error if err not nil or if requested entry do not exist
// (helper.go:42).
func wrapDelete(c int64, err error) error {
	if c == 0 {
		return types.ErrRecordNotExist
	}
	if err != nil {
		// we only ask for the function's name if needed for performance reasons
		fnName := callerName(2)
		return fmt.Errorf("%s: %w", fnName, err)
	}
	return nil
}

// wrapInsert is helper.go:54: a unique violation becomes
// types.ErrInsertDuplicateDetected.
func wrapInsert(c int64, err error) error {
	if err != nil {
		// Common unique constraint violation patterns across the supported drivers.
		if errMsg := err.Error(); strings.Contains(errMsg, "UNIQUE constraint failed") ||
			strings.Contains(errMsg, "UNIQUE violation") ||
			strings.Contains(errMsg, "duplicate key") ||
			strings.Contains(errMsg, "unique constraint") ||
			strings.Contains(errMsg, "Duplicate entry") {
			return types.ErrInsertDuplicateDetected
		}
		return err
	}

	return nil
}

func callerName(skip int) string {
	pc, _, _, ok := runtime.Caller(skip)
	if !ok {
		return ""
	}
	fnName := runtime.FuncForPC(pc).Name()
	pIndex := strings.LastIndex(fnName, ".")
	if pIndex != -1 {
		fnName = fnName[pIndex+1:]
	}
	return fnName
}
