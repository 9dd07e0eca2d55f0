package existscatch

import (
	"context"
	"errors"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/user"
)

var ErrTaken = errors.New("email taken")

func SignUp(ctx context.Context, client *entplain.Client, email string) error {
	ok, err := client.User.Query().Where(user.Email(email)).Exist(ctx)
	if err != nil {
		return err
	}
	if ok {
		return ErrTaken
	}
	return client.User.Create().SetEmail(email).Exec(ctx)
}
