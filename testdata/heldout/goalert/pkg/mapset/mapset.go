// Package mapset is a minimal stand-in for github.com/deckarep/golang-set/v2
// (in-memory sets used by goalert's schedule manager). No database access.
package mapset

import "iter"

// Set mirrors mapset.Set.
type Set[T comparable] interface {
	Add(val T) bool
	Contains(val ...T) bool
	Remove(val T)
	Difference(other Set[T]) Set[T]
	Equal(other Set[T]) bool
	Cardinality() int
	Each(func(T) bool)
}

type threadUnsafeSet[T comparable] map[T]struct{}

// NewThreadUnsafeSet mirrors mapset.NewThreadUnsafeSet.
func NewThreadUnsafeSet[T comparable](vals ...T) Set[T] {
	s := make(threadUnsafeSet[T], len(vals))
	for _, v := range vals {
		s[v] = struct{}{}
	}
	return s
}

func (s threadUnsafeSet[T]) Add(val T) bool {
	_, ok := s[val]
	s[val] = struct{}{}
	return !ok
}

func (s threadUnsafeSet[T]) Contains(vals ...T) bool {
	for _, v := range vals {
		if _, ok := s[v]; !ok {
			return false
		}
	}
	return true
}

func (s threadUnsafeSet[T]) Remove(val T) { delete(s, val) }

func (s threadUnsafeSet[T]) Difference(other Set[T]) Set[T] {
	res := make(threadUnsafeSet[T])
	for v := range s {
		if !other.Contains(v) {
			res[v] = struct{}{}
		}
	}
	return res
}

func (s threadUnsafeSet[T]) Equal(other Set[T]) bool {
	if s.Cardinality() != other.Cardinality() {
		return false
	}
	for v := range s {
		if !other.Contains(v) {
			return false
		}
	}
	return true
}

func (s threadUnsafeSet[T]) Cardinality() int { return len(s) }

func (s threadUnsafeSet[T]) Each(fn func(T) bool) {
	for v := range s {
		if fn(v) {
			return
		}
	}
}

// Elements mirrors mapset.Elements.
func Elements[T comparable](s Set[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		s.Each(func(v T) bool { return !yield(v) })
	}
}
