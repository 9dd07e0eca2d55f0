// Package model reproduces github.com/mattermost/focalboard/server/model,
// trimmed to the types the reproduction uses.
package model

import (
	"database/sql"
	"errors"
	"fmt"
)

// ErrNotFound reproduces server/model/error.go:33.
type ErrNotFound struct {
	entity string
}

// NewErrNotFound creates a new ErrNotFound instance.
func NewErrNotFound(entity string) *ErrNotFound {
	return &ErrNotFound{
		entity: entity,
	}
}

func (nf *ErrNotFound) Error() string {
	return fmt.Sprintf("{%s} not found", nf.entity)
}

// ErrNotAllFound reproduces server/model/error.go:51.
type ErrNotAllFound struct {
	entity    string
	resources []string
}

func NewErrNotAllFound(entity string, resources []string) *ErrNotAllFound {
	return &ErrNotAllFound{
		entity:    entity,
		resources: resources,
	}
}

func (naf *ErrNotAllFound) Error() string {
	return fmt.Sprintf("not all instances of {%s} in %v found", naf.entity, naf.resources)
}

// ErrInvalidCategory is returned by Category.IsValid.
type ErrInvalidCategory struct {
	msg string
}

func NewErrInvalidCategory(msg string) *ErrInvalidCategory {
	return &ErrInvalidCategory{msg: msg}
}

func (e *ErrInvalidCategory) Error() string { return e.msg }

var ErrBoardMemberIsLastAdmin = errors.New("cannot leave a board with no admins")

// IsErrNotFound reproduces server/model/error.go:268 (the mattermost
// plugin-api and app-error branches are dropped).
func IsErrNotFound(err error) bool {
	if err == nil {
		return false
	}

	// check if this is a model.ErrNotFound
	var nf *ErrNotFound
	if errors.As(err, &nf) {
		return true
	}

	// check if this is a model.ErrNotAllFound
	var naf *ErrNotAllFound
	if errors.As(err, &naf) {
		return true
	}

	// check if this is a sql.ErrNotFound
	if errors.Is(err, sql.ErrNoRows) {
		return true
	}

	return false
}
