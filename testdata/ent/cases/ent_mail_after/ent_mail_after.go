// Class 1: a mail after the create is sent once; the loser of the race
// takes the found path.
package ent_mail_after

import (
	"context"

	"example.com/entcases/entup"
	"example.com/entcases/entup/user"
)

var sent []string

func welcome(to string) { sent = append(sent, to) }

func Join(ctx context.Context, client *entup.Client, email string) (*entup.User, error) {
	u, err := client.User.Query().Where(user.Email(email)).Only(ctx)
	if entup.IsNotFound(err) {
		u, err = client.User.Create().SetEmail(email).Save(ctx)
		if err != nil {
			return nil, err
		}
		welcome(email)
	}
	return u, err
}
