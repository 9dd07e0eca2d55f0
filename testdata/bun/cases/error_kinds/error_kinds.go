// One error type for all the project's errors, told apart by a kind
// (SigNoz's errors.Newf(errors.TypeNotFound, ...) and errors.Ast): a
// store gives its lookup's not-found error the kind, directly or through
// a wrapper of its SQL store's interface that does so only for
// sql.ErrNoRows, and callers test for the kind. A wrapper that gives the
// kind to every error makes no not-found test.
package error_kinds

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/uptrace/bun"
)

type kind struct{ s string }

var (
	TypeNotFound = kind{"not-found"}
	TypeInternal = kind{"internal"}
)

// Error is every error of the project.
type Error struct {
	t     kind
	msg   string
	cause error
}

func (e *Error) Error() string { return e.msg }

func (e *Error) Unwrap() error { return e.cause }

func Newf(t kind, format string, args ...any) *Error {
	return &Error{t: t, msg: fmt.Sprintf(format, args...)}
}

func Wrapf(cause error, t kind, format string, args ...any) *Error {
	return &Error{t: t, msg: fmt.Sprintf(format, args...), cause: cause}
}

// Ast reports whether err is of kind t.
func Ast(err error, t kind) bool {
	var e *Error
	return errors.As(err, &e) && e.t == t
}

// SQLStore is the project's handle on its database.
type SQLStore interface {
	WrapNotFoundErrf(err error, format string, args ...any) error
	WrapAllErrf(err error, format string, args ...any) error
}

type provider struct{}

// WrapNotFoundErrf gives sql.ErrNoRows the not-found kind.
func (provider) WrapNotFoundErrf(err error, format string, args ...any) error {
	if err == sql.ErrNoRows {
		return Wrapf(err, TypeNotFound, format, args...)
	}
	return err
}

// WrapAllErrf gives every error the not-found kind.
func (provider) WrapAllErrf(err error, format string, args ...any) error {
	return Wrapf(err, TypeNotFound, format, args...)
}

type Tag struct {
	bun.BaseModel `bun:"table:tags"`
	ID            int64  `bun:"id,pk,autoincrement"`
	Name          string `bun:"name,unique"`
}

type Store struct {
	db       *bun.DB
	sqlstore SQLStore
}

func NewStore(db *bun.DB) *Store { return &Store{db: db, sqlstore: provider{}} }

func (s *Store) GetByName(ctx context.Context, name string) (*Tag, error) {
	t := new(Tag)
	err := s.db.NewSelect().Model(t).Where("name = ?", name).Scan(ctx)
	if err != nil {
		return nil, s.sqlstore.WrapNotFoundErrf(err, "tag %s not found", name)
	}
	return t, nil
}

func (s *Store) GetByNameDirect(ctx context.Context, name string) (*Tag, error) {
	t := new(Tag)
	err := s.db.NewSelect().Model(t).Where("name = ?", name).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, Newf(TypeNotFound, "tag %s not found", name)
	}
	if err != nil {
		return nil, err
	}
	return t, nil
}

func (s *Store) GetByNameAll(ctx context.Context, name string) (*Tag, error) {
	t := new(Tag)
	err := s.db.NewSelect().Model(t).Where("name = ?", name).Scan(ctx)
	if err != nil {
		return nil, s.sqlstore.WrapAllErrf(err, "tag %s", name)
	}
	return t, nil
}

func (s *Store) Create(ctx context.Context, t *Tag) error {
	_, err := s.db.NewInsert().Model(t).Exec(ctx)
	return err
}

// EnsureTag: fixed.
func EnsureTag(ctx context.Context, s *Store, name string) (*Tag, error) {
	t, err := s.GetByName(ctx, name)
	if err != nil && !Ast(err, TypeNotFound) {
		return nil, err
	}
	if t != nil {
		return t, nil
	}
	t = &Tag{Name: name}
	if err := s.Create(ctx, t); err != nil {
		return nil, err
	}
	return t, nil
}

// EnsureTagDirect: fixed.
func EnsureTagDirect(ctx context.Context, s *Store, name string) (*Tag, error) {
	t, err := s.GetByNameDirect(ctx, name)
	if Ast(err, TypeNotFound) {
		t = &Tag{Name: name}
		err = s.Create(ctx, t)
	}
	if err != nil {
		return nil, err
	}
	return t, nil
}

// EnsureTagAll tests a kind every error of its lookup has: not a test
// of not-found, not reported.
func EnsureTagAll(ctx context.Context, s *Store, name string) (*Tag, error) {
	t, err := s.GetByNameAll(ctx, name)
	if Ast(err, TypeNotFound) {
		t = &Tag{Name: name}
		err = s.Create(ctx, t)
	}
	if err != nil {
		return nil, err
	}
	return t, nil
}

// EnsureTagInternal tests another kind: not reported.
func EnsureTagInternal(ctx context.Context, s *Store, name string) (*Tag, error) {
	t, err := s.GetByNameDirect(ctx, name)
	if Ast(err, TypeInternal) {
		t = &Tag{Name: name}
		err = s.Create(ctx, t)
	}
	if err != nil {
		return nil, err
	}
	return t, nil
}
