package trialsessioncompound

import (
	"context"
	"errors"

	"example.com/prismacases/db"
)

// TrialSessionFor is the original race: findUnique, then create, P2002 under load.
func TrialSessionFor(ctx context.Context, client *db.PrismaClient, ipHash, visitorID string) (*db.TrialSessionModel, error) {
	s, err := client.TrialSession.FindUnique(
		db.TrialSession.IPHashVisitorID(db.TrialSession.IPHash.Equals(ipHash), db.TrialSession.VisitorID.Equals(visitorID)),
	).Exec(ctx)
	if errors.Is(err, db.ErrNotFound) {
		// first visit from this browser
		s, err = client.TrialSession.CreateOne(
			db.TrialSession.IPHash.Set(ipHash),
			db.TrialSession.VisitorID.Set(visitorID),
		).Exec(ctx)
	}
	return s, err
}
