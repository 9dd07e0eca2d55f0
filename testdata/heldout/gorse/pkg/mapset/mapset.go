// Package mapset is a minimal stand-in for github.com/deckarep/golang-set/v2
// v2.8.0 (NewSet, Add, Contains, Remove, ToSlice, Cardinality; the real
// NewSet is thread-safe, so is this one).
package mapset

import "sync"

// Set mirrors mapset.Set[T].
type Set[T comparable] interface {
	Add(val T) bool
	Contains(val ...T) bool
	Remove(i T)
	ToSlice() []T
	Cardinality() int
}

type threadSafeSet[T comparable] struct {
	mu sync.RWMutex
	m  map[T]struct{}
}

// NewSet mirrors mapset.NewSet.
func NewSet[T comparable](vals ...T) Set[T] {
	s := &threadSafeSet[T]{m: make(map[T]struct{})}
	for _, v := range vals {
		s.m[v] = struct{}{}
	}
	return s
}

func (s *threadSafeSet[T]) Add(val T) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.m[val]; ok {
		return false
	}
	s.m[val] = struct{}{}
	return true
}

func (s *threadSafeSet[T]) Contains(val ...T) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, v := range val {
		if _, ok := s.m[v]; !ok {
			return false
		}
	}
	return true
}

func (s *threadSafeSet[T]) Remove(i T) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, i)
}

func (s *threadSafeSet[T]) ToSlice() []T {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]T, 0, len(s.m))
	for v := range s.m {
		out = append(out, v)
	}
	return out
}

func (s *threadSafeSet[T]) Cardinality() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.m)
}
