// Package models reproduces queue/models (trimmed): the item published to
// the build queue.
package models

import api "example.com/heldout/vela/api/types"

// Item is the queue representation of an item to publish to the queue.
type Item struct {
	Build *api.Build `json:"build"`
}
