package switchupsert

import (
	"context"

	"example.com/entcases/entup"
	"example.com/entcases/entup/user"
)

type Store struct{ client *entup.Client }

func (s *Store) User(ctx context.Context, email string) (*entup.User, error) {
	u, err := s.client.User.Query().Where(user.Email(email)).Only(ctx)
	switch {
	case err == nil:
		return u, nil
	case entup.IsNotFound(err):
		u, err = s.client.User.Create().SetEmail(email).Save(ctx)
		if err != nil {
			return nil, err
		}
		return u, nil
	default:
		return nil, err
	}
}
