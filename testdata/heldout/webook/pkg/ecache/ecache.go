// Package ecache is a stand-in for github.com/ecodeclub/ecache (the cache
// abstraction webook puts in front of Redis). Only the API shape used by the
// reproduced code is kept: Cache (types.go), Value with the embedded
// ekit.AnyValue (Val, Err, AsString) and KeyNotFound, and NamespaceCache
// (namespacecache.go). The in-memory Redis behind it is not reproduced.
package ecache

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// ErrKeyNotExist reproduces ecache/internal/errs.ErrKeyNotExist.
var ErrKeyNotExist = errors.New("ecache: key 不存在")

// Cache reproduces ecache.Cache (types.go).
type Cache interface {
	Set(ctx context.Context, key string, val any, expiration time.Duration) error
	SetEX(ctx context.Context, key string, val any, expiration time.Duration) error
	SetNX(ctx context.Context, key string, val any, expiration time.Duration) (bool, error)
	Get(ctx context.Context, key string) Value
	GetSet(ctx context.Context, key string, val string) Value
	Delete(ctx context.Context, key ...string) (int64, error)
}

// AnyValue reproduces the part of github.com/ecodeclub/ekit.AnyValue used here.
type AnyValue struct {
	Val any
	Err error
}

// AsString reproduces ekit.AnyValue.AsString.
func (av AnyValue) AsString() (string, error) {
	if av.Err != nil {
		return "", av.Err
	}
	switch v := av.Val.(type) {
	case string:
		return v, nil
	case []byte:
		return string(v), nil
	default:
		return "", fmt.Errorf("ekit: 类型转换失败 %T", av.Val)
	}
}

// Value reproduces ecache.Value.
type Value struct {
	AnyValue
}

// KeyNotFound reproduces ecache.Value.KeyNotFound.
func (v Value) KeyNotFound() bool {
	return errors.Is(v.Err, ErrKeyNotExist)
}

// NamespaceCache reproduces ecache.NamespaceCache (namespacecache.go).
type NamespaceCache struct {
	C         Cache
	Namespace string
}

func (c *NamespaceCache) Set(ctx context.Context, key string, val any, expiration time.Duration) error {
	return c.C.Set(ctx, c.Namespace+key, val, expiration)
}

func (c *NamespaceCache) SetEX(ctx context.Context, key string, val any, expiration time.Duration) error {
	return c.C.SetEX(ctx, c.Namespace+key, val, expiration)
}

func (c *NamespaceCache) SetNX(ctx context.Context, key string, val any, expiration time.Duration) (bool, error) {
	return c.C.SetNX(ctx, c.Namespace+key, val, expiration)
}

func (c *NamespaceCache) GetSet(ctx context.Context, key string, val string) Value {
	return c.C.GetSet(ctx, c.Namespace+key, val)
}

func (c *NamespaceCache) Delete(ctx context.Context, key ...string) (int64, error) {
	newkey := make([]string, len(key))
	for i, v := range key {
		newkey[i] = c.Namespace + v
	}
	return c.C.Delete(ctx, newkey...)
}

func (c *NamespaceCache) Get(ctx context.Context, key string) Value {
	return c.C.Get(ctx, c.Namespace+key)
}
