package withchain

import (
	"context"
	"errors"

	"example.com/prismacases/db"
)

func UserWithPosts(ctx context.Context, client *db.PrismaClient, email string) (*db.UserModel, error) {
	u, err := client.User.FindUnique(db.User.Email.Equals(email)).With(db.User.Posts.Fetch()).Exec(ctx)
	if errors.Is(err, db.ErrNotFound) {
		u, err = client.User.CreateOne(db.User.Email.Set(email), db.User.Name.Set("new")).Exec(ctx)
	}
	return u, err
}
