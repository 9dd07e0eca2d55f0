package store

import (
	"context"

	"example.com/realworld/woodpecker/third_party/gin"
)

// server/store/context.go, verbatim.

const key = "store"

// FromContext returns the Store associated with this context.
func FromContext(c context.Context) Store {
	store, _ := c.Value(key).(Store)
	return store
}

// TryFromContext try to return the Store associated with this context.
func TryFromContext(c context.Context) (Store, bool) {
	store, ok := c.Value(key).(Store)
	return store, ok
}

// ToContext adds the Store to this context.
func ToContext(c *gin.Context, store Store) {
	c.Set(key, store)
}
