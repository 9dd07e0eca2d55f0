// Package storage reproduces go-admin-team/go-admin-core a912b404d5c0 storage (interfaces only).
package storage

import "time"

// AdapterCache is storage/type.go:18 (trimmed).
type AdapterCache interface {
	Get(key string) (string, error)
	Set(key string, val interface{}, expire int) error
	Del(key string) error
	Expire(key string, dur time.Duration) error
}

// Messager is storage/type.go:38.
type Messager interface {
	SetID(string)
	SetStream(string)
	SetValues(map[string]interface{})
	GetID() string
	GetStream() string
	GetValues() map[string]interface{}
}
