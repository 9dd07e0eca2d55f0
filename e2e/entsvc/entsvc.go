// Package entsvc is the ent half of the e2e service: get-or-create
// functions over a client generated with sql/upsert (entup) and one
// generated without it (entplain).
package entsvc

import (
	"context"
	"errors"

	"example.com/e2e/entplain"
	"example.com/e2e/entplain/visitor"
	"example.com/e2e/entup"
	"example.com/e2e/entup/customer"
)

// ErrTaken is Register's answer when the email is taken.
var ErrTaken = errors.New("email taken")

// CustomerFor: guard, assignment (upsert rewrite).
func CustomerFor(ctx context.Context, client *entup.Client, email string) (int, error) {
	c, err := client.Customer.Query().Where(customer.Email(email)).Only(ctx)
	if entup.IsNotFound(err) {
		c, err = client.Customer.Create().SetEmail(email).SetName("new").Save(ctx)
	}
	if err != nil {
		return 0, err
	}
	return c.ID, nil
}

// CustomerForReturn: early return, create in the return (upsert rewrite).
func CustomerForReturn(ctx context.Context, client *entup.Client, email string) (*entup.Customer, error) {
	c, err := client.Customer.Query().Where(customer.Email(email)).Only(ctx)
	if err == nil {
		return c, nil
	}
	if !entup.IsNotFound(err) {
		return nil, err
	}
	return client.Customer.Create().SetEmail(email).Save(ctx)
}

// EnsureCustomer: Exist, then Exec (upsert rewrite).
func EnsureCustomer(ctx context.Context, client *entup.Client, email string) error {
	ok, err := client.Customer.Query().Where(customer.Email(email)).Exist(ctx)
	if err != nil {
		return err
	}
	if !ok {
		return client.Customer.Create().SetEmail(email).Exec(ctx)
	}
	return nil
}

// Register fails with ErrTaken when the email is taken (catch rewrite).
func Register(ctx context.Context, client *entup.Client, email string) (int, error) {
	_, err := client.Customer.Query().Where(customer.Email(email)).Only(ctx)
	if err == nil {
		return 0, ErrTaken
	}
	if !entup.IsNotFound(err) {
		return 0, err
	}
	c, err := client.Customer.Create().SetEmail(email).Save(ctx)
	if err != nil {
		return 0, err
	}
	return c.ID, nil
}

// VisitorFor: guard, assignment, no upsert API (catch-and-re-read rewrite).
func VisitorFor(ctx context.Context, client *entplain.Client, email string) (int, error) {
	v, err := client.Visitor.Query().Where(visitor.Email(email)).Only(ctx)
	if entplain.IsNotFound(err) {
		v, err = client.Visitor.Create().SetEmail(email).Save(ctx)
	}
	if err != nil {
		return 0, err
	}
	return v.ID, nil
}

// VisitorForReturn: create in the return, no upsert API.
func VisitorForReturn(ctx context.Context, client *entplain.Client, email string) (*entplain.Visitor, error) {
	v, err := client.Visitor.Query().Where(visitor.Email(email)).Only(ctx)
	if entplain.IsNotFound(err) {
		return client.Visitor.Create().SetEmail(email).Save(ctx)
	}
	return v, err
}

// CustomerDefine declares the created node in the not-found branch.
func CustomerDefine(ctx context.Context, client *entup.Client, email string) (int, error) {
	c, err := client.Customer.Query().Where(customer.Email(email)).Only(ctx)
	if entup.IsNotFound(err) {
		c, err := client.Customer.Create().SetEmail(email).Save(ctx)
		if err != nil {
			return 0, err
		}
		return c.ID, nil
	}
	if err != nil {
		return 0, err
	}
	return c.ID, nil
}

// CustomerInTx: guard in a transaction of its own (savepoint rewrite,
// through tx.ExecContext: entup has sql/execquery).
func CustomerInTx(ctx context.Context, client *entup.Client, email string) (int, error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return 0, err
	}
	c, err := tx.Customer.Query().Where(customer.Email(email)).Only(ctx)
	if entup.IsNotFound(err) {
		c, err = tx.Customer.Create().SetEmail(email).Save(ctx)
	}
	if err != nil {
		_ = tx.Rollback()
		return 0, err
	}
	return c.ID, tx.Commit()
}
