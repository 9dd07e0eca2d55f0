// bun: the get-or-create inside RunInTx's callback: the insert runs in a
// savepoint taken with the transaction's ExecContext.
package run_in_tx

import (
	"context"
	"database/sql"
	"errors"

	"github.com/uptrace/bun"
)

type Wallet struct {
	bun.BaseModel `bun:"table:wallets"`
	ID            int64 `bun:"id,pk,autoincrement"`
	OwnerID       int64 `bun:"owner_id,unique"`
	Balance       int64 `bun:"balance"`
}

// Open opens the owner's wallet in a transaction.
func Open(ctx context.Context, db *bun.DB, ownerID int64) error {
	return db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		var w Wallet
		err := tx.NewSelect().Model(&w).Where("owner_id = ?", ownerID).Scan(ctx)
		if errors.Is(err, sql.ErrNoRows) {
			_, err = tx.NewInsert().Model(&Wallet{OwnerID: ownerID}).Exec(ctx)
		}
		return err
	})
}
