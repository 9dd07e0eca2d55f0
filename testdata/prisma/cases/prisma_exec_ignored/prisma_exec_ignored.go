// Withheld: the create's error is ignored, so no unique violation can be
// seen; assign it first.
package prisma_exec_ignored

import (
	"context"
	"errors"

	"example.com/prismacases/db"
)

func Request(ctx context.Context, client *db.PrismaClient, email string) {
	_, err := client.InviteRequest.FindUnique(db.InviteRequest.Email.Equals(email)).Exec(ctx)
	if errors.Is(err, db.ErrNotFound) {
		client.InviteRequest.CreateOne(db.InviteRequest.Email.Set(email)).Exec(ctx)
	}
}
