// Issue 17: a use case that reaches GORM only through a repository
// interface of its domain package, which imports no ORM, and whose
// implementation returns the domain's type built from the row (chainloop's
// biz/data layers): found through the interface's facts, reported with
// the reason.
package module_wide_domain_repo

import (
	"context"

	"example.com/gormcases/cases/module_wide_domain_repo/domain"
)

type UseCase struct{ users domain.UserRepo }

func (uc *UseCase) SignUp(ctx context.Context, email string) (*domain.User, error) {
	u, err := uc.users.FindByEmail(ctx, email)
	if err != nil {
		return nil, err
	}
	if u == nil {
		u, err = uc.users.Create(ctx, email)
		if err != nil {
			return nil, err
		}
	}
	return u, nil
}
