// Report-only: an effect on the not-found path before the create.
package prisma_effect_before

import (
	"context"
	"errors"

	"example.com/prismacases/db"
)

var audit []string

func Request(ctx context.Context, client *db.PrismaClient, email string) (*db.InviteRequestModel, error) {
	r, err := client.InviteRequest.FindUnique(db.InviteRequest.Email.Equals(email)).Exec(ctx)
	if errors.Is(err, db.ErrNotFound) {
		audit = append(audit, email)
		r, err = client.InviteRequest.CreateOne(db.InviteRequest.Email.Set(email)).Exec(ctx)
	}
	return r, err
}
