package metric

import (
	"sort"
	"time"
)

// rollupBucket reproduces rollup.go:153; the t-digest is kept as its stored
// encoding (digest sketch code trimmed).
type rollupBucket struct {
	count      int64
	sum        float64
	sumSq      float64
	min        float64
	max        float64
	firstVal   float64
	firstTS    int64
	lastVal    float64
	lastTS     int64
	digest     []byte
	tagsHash   string
	tagsJSON   string
	labelsHash string
	labelsJSON string
}

func newRollupBucket(compression float64) *rollupBucket { return &rollupBucket{} }

// mergeStored reproduces rollup.go:277 (digest merge trimmed).
func (b *rollupBucket) mergeStored(o *rollupBucket) {
	if o.count == 0 {
		return
	}
	if b.count == 0 {
		b.min, b.max = o.min, o.max
		b.firstVal, b.firstTS = o.firstVal, o.firstTS
		b.lastVal, b.lastTS = o.lastVal, o.lastTS
	} else {
		if o.min < b.min {
			b.min = o.min
		}
		if o.max > b.max {
			b.max = o.max
		}
		if o.firstTS < b.firstTS {
			b.firstVal, b.firstTS = o.firstVal, o.firstTS
		}
		if o.lastTS > b.lastTS {
			b.lastVal, b.lastTS = o.lastVal, o.lastTS
		}
	}
	b.count += o.count
	b.sum += o.sum
	b.sumSq += o.sumSq
}

// encodedDigest reproduces rollup.go:313.
func (b *rollupBucket) encodedDigest() []byte {
	if b.count == 0 || b.min == b.max {
		return nil
	}
	return b.digest
}

func sortRollupKeys(keys []rollupKey) {
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].bucket != keys[j].bucket {
			return keys[i].bucket < keys[j].bucket
		}
		if keys[i].entityID != keys[j].entityID {
			return keys[i].entityID < keys[j].entityID
		}
		if keys[i].tagsHash != keys[j].tagsHash {
			return keys[i].tagsHash < keys[j].tagsHash
		}
		return keys[i].labelsHash < keys[j].labelsHash
	})
}

func bucketStartMillis(ts, size int64) int64 {
	if size <= 0 {
		return ts
	}
	q := ts / size
	if ts < 0 && ts%size != 0 {
		q--
	}
	return q * size
}

func normalizeBucketMillis(bucket int64) int64 {
	if bucket > 10_000_000_000_000 || bucket < -10_000_000_000_000 {
		return bucket / int64(time.Millisecond)
	}
	return bucket
}
