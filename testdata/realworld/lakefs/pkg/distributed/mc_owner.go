// Package distributed reproduces lakeFS pkg/distributed/mc_owner.go
// (startOwningKey and its helpers): "mostly correct" branch ownership leases
// kept in the kv partition "mc-ownership".
package distributed

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"time"

	"example.com/realworld/lakefs/pkg/kv"
	"example.com/realworld/lakefs/pkg/logging"
)

const mostlyCorrectOwnerPartition = "mc-ownership"

type MostlyCorrectOwner struct {
	acquireInterval time.Duration
	refreshInterval time.Duration
	Log             logging.Logger
	Store           kv.Store
	Prefix          string
}

// MostlyCorrectOwnership stands in for the generated protobuf message.
type MostlyCorrectOwnership struct {
	Owner   string
	Expires time.Time
	Comment string
}

func NewMostlyCorrectOwner(log logging.Logger, store kv.Store, prefix string, acquireInterval, refreshInterval time.Duration) *MostlyCorrectOwner {
	return &MostlyCorrectOwner{
		acquireInterval: acquireInterval,
		refreshInterval: refreshInterval,
		Log:             log,
		Store:           store,
		Prefix:          prefix,
	}
}

// getJitter shortens interval by applying some jitter.
func getJitter(interval time.Duration) time.Duration {
	if interval < 0 {
		return 0
	}
	return interval - time.Duration(rand.Int63n(int64(interval)/2+1)) //nolint:gosec
}

// sleepFor sleeps for duration or until ctx is Done.
func sleepFor(ctx context.Context, duration time.Duration) error {
	select {
	case <-time.After(duration):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

type keyOwnership string

const (
	keyOwned    keyOwnership = "owned"
	keyNotOwned keyOwnership = "not owned"
	keyExpired  keyOwnership = "expired"
)

func checkOwnership(expires, now time.Time, getErr error) keyOwnership {
	switch {
	case errors.Is(getErr, kv.ErrNotFound):
		return keyNotOwned
	case expires.Before(now):
		return keyExpired
	default:
		return keyOwned
	}
}

// startOwningKey blocks until it gets mostly-correct ownership of key in
// store.  This is a spin-wait (with sleeps) because of the KV interface.
func (w *MostlyCorrectOwner) startOwningKey(ctx context.Context, owner string, prefixedKey []byte) error {
	log := w.Log.WithContext(ctx).WithFields(logging.Fields{
		"owner":            owner,
		"prefixed_key":     string(prefixedKey),
		"acquire_interval": w.acquireInterval,
		"refresh_interval": w.refreshInterval,
	})
	for {
		ownership := MostlyCorrectOwnership{}
		predicate, err := kv.GetMsg(ctx, w.Store, mostlyCorrectOwnerPartition, prefixedKey, &ownership) // safe: a lost INSERT ... ON CONFLICT DO NOTHING (kv.ErrPredicateFailed) goes round the loop and re-reads the winner's lease
		if err != nil && !errors.Is(err, kv.ErrNotFound) {
			return fmt.Errorf("start owning %s for %s: %w", prefixedKey, owner, err)
		}

		now := time.Now()
		free := checkOwnership(ownership.Expires, now, err)
		if free != keyOwned {
			expiryTime := now.Add(w.refreshInterval)
			ownership = MostlyCorrectOwnership{
				Owner:   owner,
				Expires: expiryTime,
				Comment: fmt.Sprintf("%s@%v", owner, now),
			}
			log.WithFields(logging.Fields{
				"ownership": free,
				"expires":   expiryTime,
				"now":       now,
			}).Trace("Try to take ownership")
			err = kv.SetMsgIf(ctx, w.Store, mostlyCorrectOwnerPartition, prefixedKey, &ownership, predicate)
			if err == nil {
				log.Trace("Got ownership")
				return nil
			}
			if !errors.Is(err, kv.ErrPredicateFailed) {
				return fmt.Errorf("start owning %s for %s: failed to set: %w",
					string(prefixedKey), owner, err)
			}
		}
		sleep := ownership.Expires.Sub(now)
		if sleep < 0 {
			sleep = getJitter(w.acquireInterval)
		}
		log.WithField("sleep", sleep).Trace("Still owned; try again soon")
		err = sleepFor(ctx, sleep)
		if err != nil {
			return err
		}
	}
}

// Own is reduced: upstream also takes an in-process keyed lock and starts a refresher.
func (w *MostlyCorrectOwner) Own(ctx context.Context, owner, key string) error {
	prefixedKey := []byte(w.Prefix + "/" + key)
	return w.startOwningKey(ctx, owner, prefixedKey)
}
