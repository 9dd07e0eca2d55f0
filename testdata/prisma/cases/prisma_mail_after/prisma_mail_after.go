// Class 13: a mail after the create. The fix is create-and-catch, so the
// mail is sent once; UpsertOne would return the row to both callers.
package prisma_mail_after

import (
	"context"
	"errors"

	"example.com/prismacases/db"
)

var sent []string

func Request(ctx context.Context, client *db.PrismaClient, email string) (*db.InviteRequestModel, error) {
	r, err := client.InviteRequest.FindUnique(db.InviteRequest.Email.Equals(email)).Exec(ctx)
	if errors.Is(err, db.ErrNotFound) {
		r, err = client.InviteRequest.CreateOne(db.InviteRequest.Email.Set(email)).Exec(ctx)
		if err != nil {
			return nil, err
		}
		sent = append(sent, email)
	}
	return r, err
}
