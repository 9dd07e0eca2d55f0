package existserrorupsert

import (
	"context"
	"errors"

	"example.com/entcases/entup"
	"example.com/entcases/entup/user"
)

var ErrTaken = errors.New("email taken")

// SignUp fails when the email is taken.
func SignUp(ctx context.Context, client *entup.Client, email string) (*entup.User, error) {
	_, err := client.User.Query().Where(user.Email(email)).Only(ctx)
	if err == nil {
		return nil, ErrTaken
	}
	if !entup.IsNotFound(err) {
		return nil, err
	}
	u, err := client.User.Create().SetEmail(email).Save(ctx)
	if err != nil {
		return nil, err
	}
	return u, nil
}
