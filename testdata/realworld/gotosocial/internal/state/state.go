// Package state is a reduced copy of internal/state.
package state

import (
	"example.com/realworld/gotosocial/internal/cache"
	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/third_party/gruf/mutexes"
)

// State is internal/state/state.go:30.
type State struct {
	// Caches provides access to this
	// state's collection of caches.
	Caches cache.Caches

	// DB provides access to the database.
	DB db.DB

	// FedLocks provides access to this state's mutex
	// map of per URI federation locks, intended for
	// use in internal/federation functions.
	FedLocks mutexes.MutexMap

	// ProcessingLocks provides access to this state's
	// mutex map of per URI locks, intended for use
	// in internal/processing functions.
	ProcessingLocks mutexes.MutexMap
}
