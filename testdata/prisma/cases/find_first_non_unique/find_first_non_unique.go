package findfirstnonunique

import (
	"context"
	"errors"

	"example.com/prismacases/db"
)

func VisitFor(ctx context.Context, client *db.PrismaClient, path, userID string) (*db.VisitModel, error) {
	v, err := client.Visit.FindFirst(db.Visit.Path.Equals(path), db.Visit.UserID.Equals(userID)).Exec(ctx)
	if errors.Is(err, db.ErrNotFound) {
		v, err = client.Visit.CreateOne(db.Visit.Path.Set(path), db.Visit.UserID.Set(userID)).Exec(ctx)
	}
	return v, err
}
