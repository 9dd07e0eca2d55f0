package dbx

// Reproduces github.com/getfider/fider/app/pkg/dbx/lock.go (logging trimmed).

import (
	"context"
	"hash/fnv"
)

func hash(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

// Try to obtain an advisory lock
// returns true and an unlock function if lock was aquired
func TryLock(ctx context.Context, trx *Trx, key string) (bool, func()) {
	var locked bool
	if err := trx.Scalar(&locked, "SELECT pg_try_advisory_xact_lock($1)", hash(key)); err != nil {
		return false, nil
	}

	unlock := func() {
		trx.MustCommit()
	}

	return locked, unlock
}
