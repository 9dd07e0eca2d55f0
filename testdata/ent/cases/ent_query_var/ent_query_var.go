// The query is built in a variable, then cloned for an existence check.
package ent_query_var

import (
	"context"
	"errors"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/user"
)

var ErrTaken = errors.New("taken")

func SignUp(ctx context.Context, client *entplain.Client, email string) (*entplain.User, error) {
	q := client.User.Query().Where(user.Email(email))
	ok, err := q.Clone().Exist(ctx)
	if err != nil {
		return nil, err
	}
	if ok {
		return nil, ErrTaken
	}
	return client.User.Create().SetEmail(email).Save(ctx)
}

func UserFor(ctx context.Context, client *entplain.Client, email string) (*entplain.User, error) {
	q := client.User.Query().Where(user.Email(email))
	u, err := q.Only(ctx)
	if entplain.IsNotFound(err) {
		return client.User.Create().SetEmail(email).Save(ctx)
	}
	return u, err
}
