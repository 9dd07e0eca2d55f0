package defineshadowprisma

import (
	"context"
	"errors"

	"example.com/prismacases/db"
)

func InviteFor(ctx context.Context, client *db.PrismaClient, email string) (*db.InviteRequestModel, error) {
	inv, err := client.InviteRequest.FindUnique(db.InviteRequest.Email.Equals(email)).Exec(ctx)
	if errors.Is(err, db.ErrNotFound) {
		inv, err := client.InviteRequest.CreateOne(db.InviteRequest.Email.Set(email), db.InviteRequest.Source.Set("web")).Exec(ctx)
		if err != nil {
			return nil, err
		}
		return inv, nil
	}
	return inv, err
}
