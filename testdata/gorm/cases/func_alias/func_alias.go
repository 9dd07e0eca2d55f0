// A variable that only names a function (errs.Label = label, as gin-admin
// re-exports errors.WithStack) called on the not-found path: a call of it
// is a call of that function, which writes nothing, so the site is fixed.
// A variable assigned elsewhere (errs.Hook) is still unknown: reported,
// not fixed.
package func_alias

import (
	"context"
	"errors"

	"gorm.io/gorm"

	"example.com/gormcases/cases/func_alias/dal"
	"example.com/gormcases/cases/func_alias/errs"
)

// Service creates roles.
type Service struct {
	roles *dal.RoleDAL
}

// NewService builds the service over db.
func NewService(db *gorm.DB) *Service { return &Service{roles: dal.NewRoleDAL(db)} }

// Ensure returns the id of the role of that code, created when missing.
func (s *Service) Ensure(ctx context.Context, code string) (uint, error) {
	r, err := s.roles.GetByCode(ctx, code)
	if err == nil {
		return r.ID, nil
	}
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return 0, err
	}
	nr := &dal.Role{Code: code, Label: errs.Label(code)}
	if err := s.roles.Create(ctx, nr); err != nil {
		return 0, err
	}
	return nr.ID, nil
}

// EnsureHooked labels through the hook, which SetHook may replace.
func (s *Service) EnsureHooked(ctx context.Context, code string) (uint, error) {
	r, err := s.roles.GetByCode(ctx, code)
	if err == nil {
		return r.ID, nil
	}
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return 0, err
	}
	nr := &dal.Role{Code: code, Label: errs.Hook(code)}
	if err := s.roles.Create(ctx, nr); err != nil {
		return 0, err
	}
	return nr.ID, nil
}
