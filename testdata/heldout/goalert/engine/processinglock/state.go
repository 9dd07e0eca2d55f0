package processinglock

import (
	"context"
	"database/sql"
	"encoding/json"
)

// State reproduces engine/processinglock/state.go:13 (Load/Save trimmed).
type State struct {
	data json.RawMessage
	tx   *sql.Tx
	l    *Lock
}

// BeginTxWithState reproduces engine/processinglock/state.go:20.
func (l *Lock) BeginTxWithState(ctx context.Context, opts *sql.TxOptions) (*sql.Tx, *State, error) {
	tx, err := l.BeginTx(ctx, opts)
	if err != nil {
		return nil, nil, err
	}

	return tx, &State{tx: tx, l: l}, nil
}
