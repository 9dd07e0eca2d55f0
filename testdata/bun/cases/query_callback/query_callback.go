// Getters that run a query their caller writes, on a row they hand over
// (gotosocial's getBlock(ctx, lookup, func(*Block) error {...}, keys...)),
// behind a helper that checks the target first and returns the target
// and the existing row, nil when there is none, with an error of its own
// interface type (gtserror.WithCode).
package query_callback

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/uptrace/bun"
)

type Account struct {
	bun.BaseModel `bun:"table:accounts"`
	ID            string `bun:"id,pk"`
}

type Block struct {
	bun.BaseModel   `bun:"table:blocks"`
	ID              int64  `bun:"id,pk,autoincrement"`
	AccountID       string `bun:"account_id,unique:blocks_pair"`
	TargetAccountID string `bun:"target_account_id,unique:blocks_pair"`
}

// WithCode is an error with an HTTP status.
type WithCode interface {
	error
	Code() int
}

type withCode struct {
	err  error
	code int
}

func (e withCode) Error() string { return fmt.Sprintf("%d: %v", e.code, e.err) }
func (e withCode) Code() int     { return e.code }

type relationshipDB struct{ db *bun.DB }

// GetBlock hands getBlock the query that finds the block of a on b.
func (r *relationshipDB) GetBlock(ctx context.Context, a, b string) (*Block, error) {
	return r.getBlock(ctx, func(block *Block) error {
		return r.db.NewSelect().Model(block).
			Where("? = ?", bun.Ident("account_id"), a).
			Where("? = ?", bun.Ident("target_account_id"), b).
			Scan(ctx)
	})
}

// getBlock runs the query it is given on a new row.
func (r *relationshipDB) getBlock(ctx context.Context, dbQuery func(*Block) error) (*Block, error) {
	var block Block
	if err := dbQuery(&block); err != nil {
		return nil, err
	}
	return &block, nil
}

func (r *relationshipDB) GetAccount(ctx context.Context, id string) (*Account, error) {
	var a Account
	if err := r.db.NewSelect().Model(&a).Where("id = ?", id).Scan(ctx); err != nil {
		return nil, err
	}
	return &a, nil
}

func (r *relationshipDB) PutBlock(ctx context.Context, b *Block) error {
	_, err := r.db.NewInsert().Model(b).Exec(ctx)
	return err
}

type Processor struct{ db *bun.DB }

func NewProcessor(db *bun.DB) *Processor { return &Processor{db: db} }

func (p *Processor) store() *relationshipDB { return &relationshipDB{db: p.db} }

// getBlockTarget returns the target account and the block of account on
// it, nil when there is none.
func (p *Processor) getBlockTarget(ctx context.Context, account, target string) (*Account, *Block, WithCode) {
	if account == target {
		return nil, nil, withCode{errors.New("cannot block itself"), 406}
	}
	targetAccount, err := p.store().GetAccount(ctx, target)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, nil, withCode{err, 500} // a remote account may be missing
	}
	block, err := p.store().GetBlock(ctx, account, target)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, nil, withCode{err, 500}
	}
	return targetAccount, block, nil
}

// BlockCreate blocks target for account, once.
func (p *Processor) BlockCreate(ctx context.Context, account, target string) (*Block, error) {
	_, existing, errWithCode := p.getBlockTarget(ctx, account, target)
	if errWithCode != nil {
		return nil, errWithCode
	}
	if existing != nil {
		return existing, nil
	}
	block := &Block{AccountID: account, TargetAccountID: target}
	if err := p.store().PutBlock(ctx, block); err != nil {
		return nil, fmt.Errorf("creating block: %w", err)
	}
	return block, nil
}

// getBlockOrAccount is not a lookup of Block for its callers: it returns
// the block's error as it is, not-found included.
func (p *Processor) getBlockOrAccount(ctx context.Context, account, target string) (*Account, *Block, WithCode) {
	block, err := p.store().GetBlock(ctx, account, target)
	if err != nil {
		return nil, nil, withCode{err, 500}
	}
	return nil, block, nil
}

// Unblocked is not reported: a missing block is an error to it.
func (p *Processor) Unblocked(ctx context.Context, account, target string) error {
	_, existing, errWithCode := p.getBlockOrAccount(ctx, account, target)
	if errWithCode != nil {
		return errWithCode
	}
	if existing != nil {
		return nil
	}
	return p.store().PutBlock(ctx, &Block{AccountID: account, TargetAccountID: target})
}
