// A repository over database/sql whose existence check reads a setting
// first (hatchet's hasDAGOperator: no operator is needed, so none is
// there, when the tenant is not entitled to one), and whose create
// validates its options, then returns what the insert returns.
package guarded_exists

import (
	"context"
	"database/sql"
	"errors"
)

type Operator struct {
	ID       int64
	TenantID string
	Kind     string
	Name     string
}

type CreateOpts struct {
	Name string
	Kind string
}

type Repo struct{ db *sql.DB }

// entitled reads whether the tenant may have operators.
func (r *Repo) entitled(ctx context.Context, tenant string) (bool, error) {
	var dag bool
	err := r.db.QueryRowContext(ctx, "SELECT dag FROM entitlements WHERE tenant_id = $1", tenant).Scan(&dag)
	if errors.Is(err, sql.ErrNoRows) {
		return true, nil
	}
	if err != nil {
		return false, err
	}
	return dag, nil
}

// hasOperator answers whether the tenant has an operator of kind.
func (r *Repo) hasOperator(ctx context.Context, tenant, kind string) (bool, error) {
	var exists bool
	err := r.db.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM operators WHERE tenant_id = $1 AND kind = $2)", tenant, kind).Scan(&exists)
	return exists, err
}

// HasOperator is false when the tenant is not entitled to one.
func (r *Repo) HasOperator(ctx context.Context, tenant, kind string) (bool, error) {
	ok, err := r.entitled(ctx, tenant)
	if err != nil {
		return false, err
	}
	if !ok {
		return false, nil
	}
	return r.hasOperator(ctx, tenant, kind)
}

func (r *Repo) insertOperator(ctx context.Context, o *Operator) (*Operator, error) {
	err := r.db.QueryRowContext(ctx, "INSERT INTO operators (tenant_id, kind, name) VALUES ($1, $2, $3) RETURNING id", o.TenantID, o.Kind, o.Name).Scan(&o.ID)
	if err != nil {
		return nil, err
	}
	return o, nil
}

func validate(o *Operator) error {
	if o.Name == "" {
		return errors.New("an operator needs a name")
	}
	return nil
}

// CreateOperator validates, then inserts.
func (r *Repo) CreateOperator(ctx context.Context, o *Operator) (*Operator, error) {
	if err := validate(o); err != nil {
		return nil, err
	}
	return r.insertOperator(ctx, o)
}

// EnsureOperator creates the tenant's default operator of kind.
func (r *Repo) EnsureOperator(ctx context.Context, tenant, kind string) error {
	has, err := r.HasOperator(ctx, tenant, kind)
	if err != nil {
		return err
	}
	if has {
		return nil
	}
	_, err = r.CreateOperator(ctx, &Operator{TenantID: tenant, Kind: kind, Name: "default"})
	return err
}

// created counts the labels this process created.
var created int

func (r *Repo) hasLabel(ctx context.Context, tenant, name string) (bool, error) {
	var exists bool
	err := r.db.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM labels WHERE tenant_id = $1 AND name = $2)", tenant, name).Scan(&exists)
	return exists, err
}

// createLabel inserts the label and counts it.
func (r *Repo) createLabel(ctx context.Context, tenant, name string) error {
	if _, err := r.db.ExecContext(ctx, "INSERT INTO labels (tenant_id, name) VALUES ($1, $2)", tenant, name); err != nil {
		return err
	}
	created++
	return nil
}

// EnsureLabel has no unique key to be fixed by, and its create counts:
// the reason names the key first, then the count.
func (r *Repo) EnsureLabel(ctx context.Context, tenant, name string) error {
	has, err := r.hasLabel(ctx, tenant, name)
	if err != nil || has {
		return err
	}
	return r.createLabel(ctx, tenant, name)
}
