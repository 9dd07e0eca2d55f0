package inviterequestexists

import (
	"context"
	"errors"

	"example.com/prismacases/db"
)

var ErrAlreadyRequested = errors.New("an invite was already requested for this email")

// RequestInvite fails when the email already asked.
func RequestInvite(ctx context.Context, client *db.PrismaClient, email string) (*db.InviteRequestModel, error) {
	_, err := client.InviteRequest.FindUnique(db.InviteRequest.Email.Equals(email)).Exec(ctx)
	if err == nil {
		return nil, ErrAlreadyRequested
	}
	if !errors.Is(err, db.ErrNotFound) {
		return nil, err
	}
	req, err := client.InviteRequest.CreateOne(db.InviteRequest.Email.Set(email)).Exec(ctx)
	if err != nil {
		return nil, err
	}
	return req, nil
}
