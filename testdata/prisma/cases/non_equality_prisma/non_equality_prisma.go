package nonequalityprisma

import (
	"context"
	"errors"

	"example.com/prismacases/db"
)

func UserLike(ctx context.Context, client *db.PrismaClient, email string) (*db.UserModel, error) {
	u, err := client.User.FindFirst(db.User.Email.Contains(email)).Exec(ctx)
	if errors.Is(err, db.ErrNotFound) {
		u, err = client.User.CreateOne(db.User.Email.Set(email)).Exec(ctx)
	}
	return u, err
}
