// bun: conditions written with bun.Ident for the column
// (Where("? = ?", bun.Ident("block.account_id"), id)), as gotosocial
// writes them.
package ident_where

import (
	"context"
	"database/sql"
	"errors"

	"github.com/uptrace/bun"
)

type Block struct {
	bun.BaseModel   `bun:"table:blocks,alias:block"`
	ID              int64  `bun:"id,pk,autoincrement"`
	AccountID       string `bun:"account_id,unique:blocks_pair"`
	TargetAccountID string `bun:"target_account_id,unique:blocks_pair"`
}

// BlockCreate blocks target for account, once.
func BlockCreate(ctx context.Context, db *bun.DB, account, target string) (*Block, error) {
	block := new(Block)
	err := db.NewSelect().Model(block).
		Where("? = ?", bun.Ident("block.account_id"), account).
		Where("? = ?", bun.Ident("block.target_account_id"), target).
		Scan(ctx)
	if err == nil {
		return block, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	block = &Block{AccountID: account, TargetAccountID: target}
	if _, err := db.NewInsert().Model(block).Exec(ctx); err != nil {
		return nil, err
	}
	return block, nil
}
