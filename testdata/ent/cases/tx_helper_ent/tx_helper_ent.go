// A create that writes in a transaction a helper runs for it (the WithTx
// of ent's documentation, chainloop's data.WithTx): when its insert
// fails, the helper rolls back all the callback wrote, so the create
// leaves nothing behind, as a single insert, and the caller can go back
// to its lookup. A helper that does not roll back leaves the rows before
// the failure: that create is refused.
package tx_helper_ent

import (
	"context"
	"fmt"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/user"
)

// WithTx runs fn in a transaction: rolled back when fn fails, committed
// when it does not.
func WithTx(ctx context.Context, client *entplain.Client, fn func(tx *entplain.Tx) error) error {
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	defer func() {
		if v := recover(); v != nil {
			_ = tx.Rollback()
			panic(v)
		}
	}()
	if err = fn(tx); err != nil {
		if rerr := tx.Rollback(); rerr != nil {
			err = fmt.Errorf("%w: rolling back transaction: %w", err, rerr)
		}
		return err
	}
	if err = tx.Commit(); err != nil {
		return fmt.Errorf("committing transaction: %w", err)
	}
	return nil
}

// withTxKeep commits whatever fn wrote, even when it failed.
func withTxKeep(ctx context.Context, client *entplain.Client, fn func(tx *entplain.Tx) error) error {
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	ferr := fn(tx)
	if err := tx.Commit(); err != nil {
		return err
	}
	return ferr
}

type Store struct{ client *entplain.Client }

// createMember creates the user and its membership, all or nothing.
func (s *Store) createMember(ctx context.Context, email string, org int) (*entplain.User, error) {
	var u *entplain.User
	err := WithTx(ctx, s.client, func(tx *entplain.Tx) error {
		var err error
		u, err = tx.User.Create().SetEmail(email).Save(ctx)
		if err != nil {
			return err
		}
		_, err = tx.Membership.Create().SetOrgID(org).SetUserID(u.ID).Save(ctx)
		return err
	})
	if err != nil {
		return nil, err
	}
	return u, nil
}

// createMemberKept creates them through the helper that keeps a half.
func (s *Store) createMemberKept(ctx context.Context, email string, org int) (*entplain.User, error) {
	var u *entplain.User
	err := withTxKeep(ctx, s.client, func(tx *entplain.Tx) error {
		var err error
		u, err = tx.User.Create().SetEmail(email).Save(ctx)
		if err != nil {
			return err
		}
		_, err = tx.Membership.Create().SetOrgID(org).SetUserID(u.ID).Save(ctx)
		return err
	})
	if err != nil {
		return nil, err
	}
	return u, nil
}

// Join finds the user by email, or creates it with its membership.
func (s *Store) Join(ctx context.Context, email string, org int) (int, error) {
	u, err := s.client.User.Query().Where(user.EmailEQ(email)).Only(ctx)
	if entplain.IsNotFound(err) {
		u, err = s.createMember(ctx, email, org)
	}
	if err != nil {
		return 0, err
	}
	return u.ID, nil
}

// JoinKept cannot be fixed: its create may leave the user without the
// membership.
func (s *Store) JoinKept(ctx context.Context, email string, org int) (int, error) {
	u, err := s.client.User.Query().Where(user.EmailEQ(email)).Only(ctx)
	if entplain.IsNotFound(err) {
		u, err = s.createMemberKept(ctx, email, org)
	}
	if err != nil {
		return 0, err
	}
	return u.ID, nil
}
