package existsinplaceprisma

import (
	"context"
	"errors"

	"example.com/prismacases/db"
)

var ErrTaken = errors.New("email taken")

func SignUp(ctx context.Context, client *db.PrismaClient, email string) error {
	if _, err := client.User.FindUnique(db.User.Email.Equals(email)).Exec(ctx); err == nil {
		return ErrTaken
	} else if !errors.Is(err, db.ErrNotFound) {
		return err
	}
	_, err := client.User.CreateOne(db.User.Email.Set(email)).Exec(ctx)
	return err
}
