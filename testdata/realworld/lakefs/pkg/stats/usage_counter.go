// Package stats reproduces lakeFS pkg/stats/usage_counter.go (updateRecord
// and its backoff): monthly API usage counters in the kv partition "usage".
package stats

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"strconv"
	"time"

	"example.com/realworld/lakefs/pkg/kv"
	"example.com/realworld/lakefs/third_party/backoff"
)

const kvUsagePartition = "usage"

type UsageRecord struct {
	Year  int
	Month int
	Count int64
}

type UsageReporter struct {
	installationID string
	storage        kv.Store
}

func NewUsageReporter(installationID string, storage kv.Store) *UsageReporter {
	return &UsageReporter{installationID: installationID, storage: storage}
}

// formatUsageKey formats a usage key for the given installation ID, year and month.
func formatUsageKey(installationID string, year, month int) []byte {
	return fmt.Appendf(nil, "usage/monthly/%s/%04d%02d", installationID, year, month)
}

func (u *UsageReporter) updateRecord(ctx context.Context, rec *UsageRecord) error {
	// format the key we use to store the usage record
	key := formatUsageKey(u.installationID, rec.Year, rec.Month)

	// use a backoff with jitter to retry on predicate failures
	const updateRecordRetryDuration = 200 * time.Millisecond
	bo := NewConstantWithJitterBackOff(updateRecordRetryDuration)
	return backoff.Retry(func() error {
		// get current value if found
		var predicate kv.Predicate = nil
		valueWithPredicate, err := u.storage.Get(ctx, []byte(kvUsagePartition), key) // safe: a lost INSERT ... ON CONFLICT DO NOTHING returns kv.ErrPredicateFailed, which backoff.Retry retries from this read
		if err != nil {
			// ignore not found error, we'll create a new record
			if !errors.Is(err, kv.ErrNotFound) {
				return backoff.Permanent(err)
			}
		} else {
			predicate = valueWithPredicate.Predicate
		}

		// updated value (calls + previous calls)
		totalCount := rec.Count
		if valueWithPredicate != nil {
			curr, err := strconv.ParseInt(string(valueWithPredicate.Value), 10, 64)
			if err != nil {
				return backoff.Permanent(fmt.Errorf("failed to parse usage record '%s': %w", key, err))
			}
			totalCount += curr
		}

		// save the updated value
		totalCountStr := strconv.FormatInt(totalCount, 10)
		err = u.storage.SetIf(ctx, []byte(kvUsagePartition), key, []byte(totalCountStr), predicate)
		if err != nil {
			if errors.Is(err, kv.ErrPredicateFailed) {
				return err // retry if predicate failed
			}
			return backoff.Permanent(err)
		}
		return nil
	}, backoff.WithContext(bo, ctx))
}

// ConstantWithJitterBackOff is a backoff strategy that returns a constant interval
// with a random jitter which is half the interval.
type ConstantWithJitterBackOff struct {
	Interval time.Duration
	Jitter   time.Duration
}

func NewConstantWithJitterBackOff(interval time.Duration) *ConstantWithJitterBackOff {
	return &ConstantWithJitterBackOff{Interval: interval, Jitter: interval / 2}
}

func (b *ConstantWithJitterBackOff) Reset() {}

func (b *ConstantWithJitterBackOff) NextBackOff() time.Duration {
	return b.Interval + time.Duration(rand.Int63n(int64(b.Jitter)+1)) //nolint:gosec
}
