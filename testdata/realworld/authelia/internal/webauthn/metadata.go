// Package webauthn is a reduced copy of upstream internal/webauthn/metadata.go: the
// FIDO MDS3 metadata provider that caches the metadata blob in the cached_data table.
package webauthn

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"example.com/realworld/authelia/internal/model"
	"example.com/realworld/authelia/third_party/uuid"
)

const cacheMDS3 = "mds3" // upstream internal/webauthn/const.go:8

// CachedDataProvider is the storage the metadata provider uses (upstream storage.CachedDataProvider).
type CachedDataProvider interface {
	LoadCachedData(ctx context.Context, name string) (data *model.CachedData, err error)
	SaveCachedData(ctx context.Context, data model.CachedData) (err error)
}

// Metadata stands in for go-webauthn's metadata.Metadata (the parsed blob).
type Metadata struct {
	NextUpdate time.Time
	Number     int
	Entries    map[uuid.UUID]*Entry
}

// Entry stands in for a metadata entry.
type Entry struct {
	Description string
}

// MDS3Provider is a provider which fetches the FIDO Metadata Service 3.0 blob.
type MDS3Provider interface {
	FetchMDS3(ctx context.Context, current int) (data []byte, err error)
}

// Clock provides the time.
type Clock interface {
	Now() time.Time
}

// StoreCachedMetadataProvider is a metadata provider caching the blob in the storage provider.
// upstream internal/webauthn/metadata.go:76
type StoreCachedMetadataProvider struct {
	mds *Metadata

	mu      sync.Mutex
	store   CachedDataProvider
	clock   Clock
	handler MDS3Provider

	update time.Time
	number int
}

// NewStoreCachedMetadataProvider returns a StoreCachedMetadataProvider.
func NewStoreCachedMetadataProvider(store CachedDataProvider, clock Clock, handler MDS3Provider) *StoreCachedMetadataProvider {
	return &StoreCachedMetadataProvider{store: store, clock: clock, handler: handler}
}

// GetEntry returns the metadata entry for the given AAGUID.
// upstream internal/webauthn/metadata.go:104 (called while validating a WebAuthn registration)
func (p *StoreCachedMetadataProvider) GetEntry(ctx context.Context, aaguid uuid.UUID) (entry *Entry, err error) {
	p.mu.Lock()

	defer p.mu.Unlock()

	if p.outdated() {
		var (
			mds  *Metadata
			data []byte
		)

		if mds, data, err = p.getCache(ctx); err != nil { // safe: in-process mutex held, and saveCache is an upsert (INSERT ... ON CONFLICT (name) DO UPDATE / REPLACE INTO)
			if mds, data, err = p.get(ctx, -1); err != nil {
				return nil, err
			}
		}

		if err = p.configure(mds); err != nil {
			return nil, err
		}

		if err = p.saveCache(ctx, data); err != nil {
			return nil, err
		}
	}

	if p.mds == nil {
		return nil, fmt.Errorf("no metadata loaded")
	}

	return p.mds.Entries[aaguid], nil
}

// upstream internal/webauthn/metadata.go:206
func (p *StoreCachedMetadataProvider) get(ctx context.Context, current int) (mds *Metadata, data []byte, err error) {
	if data, err = p.handler.FetchMDS3(ctx, current); err != nil {
		return nil, nil, fmt.Errorf("error loading latest metadata: %w", err)
	}

	if data == nil {
		return nil, nil, nil
	}

	if mds, err = p.parse(data); err != nil {
		return nil, nil, fmt.Errorf("error parsing metadata: %w", err)
	}

	return mds, data, nil
}

// upstream internal/webauthn/metadata.go:268
func (p *StoreCachedMetadataProvider) getCache(ctx context.Context) (mds *Metadata, data []byte, err error) {
	var cache *model.CachedData

	if cache, err = p.store.LoadCachedData(ctx, cacheMDS3); err != nil {
		return nil, nil, fmt.Errorf("error loading metadata cache from database: %w", err)
	}

	if cache == nil || cache.Value == nil {
		return nil, nil, nil
	}

	if mds, err = p.parse(cache.Value); err != nil {
		return nil, nil, fmt.Errorf("error parsing metadata cache from database: %w", err)
	}

	return mds, cache.Value, nil
}

// upstream internal/webauthn/metadata.go:295
func (p *StoreCachedMetadataProvider) saveCache(ctx context.Context, data []byte) (err error) {
	if len(data) == 0 {
		return fmt.Errorf("error saving metadata cache to database: data is empty")
	}

	cache := model.CachedData{Name: cacheMDS3, Value: data}

	if err = p.store.SaveCachedData(ctx, cache); err != nil {
		return fmt.Errorf("error saving metadata cache to database: %w", err)
	}

	return nil
}

// upstream internal/webauthn/metadata.go:309
func (p *StoreCachedMetadataProvider) configure(mds *Metadata) (err error) {
	if mds == nil {
		return nil
	}

	p.mds = mds

	p.update, p.number = mds.NextUpdate, mds.Number

	return nil
}

// upstream internal/webauthn/metadata.go:336
func (p *StoreCachedMetadataProvider) outdated() bool {
	return p.clock.Now().After(p.update)
}

// upstream internal/webauthn/metadata.go:348 (the MDS3 JWT decoder is replaced by JSON)
func (p *StoreCachedMetadataProvider) parse(data []byte) (mds *Metadata, err error) {
	mds = &Metadata{}

	if err = json.Unmarshal(data, mds); err != nil {
		return nil, err
	}

	return mds, nil
}
