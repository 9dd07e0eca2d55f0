// bun: Count, then the insert when zero.
package count_insert

import (
	"context"

	"github.com/uptrace/bun"
)

type Vote struct {
	bun.BaseModel `bun:"table:votes"`
	PollID        int64  `bun:"poll_id,pk"`
	Voter         string `bun:"voter,pk"`
	Choice        string `bun:"choice"`
}

// Cast records the voter's first choice; later votes are ignored.
func Cast(ctx context.Context, db bun.IDB, pollID int64, voter, choice string) (bool, error) {
	n, err := db.NewSelect().Model((*Vote)(nil)).Where("poll_id = ? AND voter = ?", pollID, voter).Count(ctx)
	if err != nil {
		return false, err
	}
	if n > 0 {
		return false, nil
	}
	v := &Vote{PollID: pollID, Voter: voter, Choice: choice}
	if _, err := db.NewInsert().Model(v).Exec(ctx); err != nil {
		return false, err
	}
	return true, nil
}
