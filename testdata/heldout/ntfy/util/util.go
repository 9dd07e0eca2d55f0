// Package util reproduces the helpers of heckel.io/ntfy/v2/util used by the catalogued sites.
package util

import (
	"encoding/json"
	"errors"
	"io"
	"math/rand"
	"sync"
	"time"
)

const randomStringCharset = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// RandomStringPrefix returns a random string with a given length, with a prefix (util/util.go)
func RandomStringPrefix(prefix string, length int) string {
	b := make([]byte, length-len(prefix))
	for i := range b {
		b[i] = randomStringCharset[rand.Intn(len(randomStringCharset))]
	}
	return prefix + string(b)
}

// RandomLowerStringPrefix returns a random lowercase-only string with a given length, with a prefix
func RandomLowerStringPrefix(prefix string, length int) string {
	b := make([]byte, length-len(prefix))
	for i := range b {
		b[i] = "abcdefghijklmnopqrstuvwxyz0123456789"[rand.Intn(36)]
	}
	return prefix + string(b)
}

// Contains returns true if needle is contained in haystack
func Contains[T comparable](haystack []T, needle T) bool {
	for _, s := range haystack {
		if s == needle {
			return true
		}
	}
	return false
}

// Retry executes function f until if succeeds, and then returns t. If f fails, it sleeps
// and tries again. The sleep durations are passed as the after params.
func Retry[T any](f func() (*T, error), after ...time.Duration) (t *T, err error) {
	for _, delay := range after {
		if t, err = f(); err == nil {
			return t, nil
		}
		time.Sleep(delay)
	}
	return nil, err
}

// BatchingQueue is a queue that creates batches of the enqueued elements based on a
// max batch size and a batch timeout. (util/batching_queue.go:25, reduced: the timeout ticker is dropped)
type BatchingQueue[T any] struct {
	batchSize int
	timeout   time.Duration
	in        []T
	out       chan []T
	mu        sync.Mutex
}

// NewBatchingQueue creates a new BatchingQueue (util/batching_queue.go:34)
func NewBatchingQueue[T any](batchSize int, timeout time.Duration) *BatchingQueue[T] {
	return &BatchingQueue[T]{
		batchSize: batchSize,
		timeout:   timeout,
		in:        make([]T, 0),
		out:       make(chan []T),
	}
}

// Enqueue enqueues an element to the queue. If the configured batch size is reached,
// the batch will be emitted immediately. (util/batching_queue.go:47)
func (q *BatchingQueue[T]) Enqueue(element T) {
	q.mu.Lock()
	q.in = append(q.in, element)
	var elements []T
	if len(q.in) == q.batchSize {
		elements = q.in
		q.in = make([]T, 0)
	}
	q.mu.Unlock()
	if len(elements) > 0 {
		q.out <- elements
	}
}

// Dequeue returns a channel emitting batches of elements (util/batching_queue.go)
func (q *BatchingQueue[T]) Dequeue() <-chan []T {
	return q.out
}

// ErrUnmarshalJSON is returned when the JSON body cannot be decoded
var ErrUnmarshalJSON = errors.New("unmarshalling JSON failed")

// UnmarshalJSON reads the given io.ReadCloser into a struct (util/util.go:358)
func UnmarshalJSON[T any](body io.ReadCloser) (*T, error) {
	var obj T
	if err := json.NewDecoder(body).Decode(&obj); err != nil {
		return nil, ErrUnmarshalJSON
	}
	return &obj, nil
}

// ParseDuration is like time.ParseDuration, except that it also understands days (d) (util/time.go, reduced)
func ParseDuration(s string) (time.Duration, error) {
	if s == "" {
		return 0, nil
	}
	return time.ParseDuration(s)
}

// ParseSize parses a size string like 2K or 2M into bytes (util/util.go, reduced)
func ParseSize(s string) (int64, error) {
	if s == "" {
		return 0, nil
	}
	return 0, errors.New("invalid size")
}

// ParseFutureTime parses a date/time string to a time.Time (util/time.go, reduced)
func ParseFutureTime(s string, now time.Time) (time.Time, error) {
	d, err := ParseDuration(s)
	if err != nil {
		return time.Time{}, err
	}
	return now.Add(d), nil
}
