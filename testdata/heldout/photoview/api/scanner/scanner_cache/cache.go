// Package scanner_cache is api/scanner/scanner_cache/cache.go (reduced): an
// in-memory cache local to one scan, not a lock.
package scanner_cache

import (
	"sync"

	"example.com/heldout/photoview/api/scanner/media_type"
)

// AlbumScannerCache is api/scanner/scanner_cache/cache.go:12.
type AlbumScannerCache struct {
	path_contains_photos map[string]bool
	photo_types          map[string]media_type.MediaType
	ignore_data          map[string][]string
	mutex                sync.Mutex
}

// MakeAlbumCache is api/scanner/scanner_cache/cache.go:19.
func MakeAlbumCache() *AlbumScannerCache {
	return &AlbumScannerCache{
		path_contains_photos: make(map[string]bool),
		photo_types:          make(map[string]media_type.MediaType),
		ignore_data:          make(map[string][]string),
	}
}

// GetMediaType is api/scanner/scanner_cache/cache.go:70.
func (c *AlbumScannerCache) GetMediaType(path string) media_type.MediaType {
	c.mutex.Lock()
	defer c.mutex.Unlock()

	result, found := c.photo_types[path]
	if found {
		return result
	}

	mediaType := media_type.GetMediaType(path)
	c.photo_types[path] = mediaType

	return mediaType
}

// InsertAlbumIgnore is api/scanner/scanner_cache/cache.go:101.
func (c *AlbumScannerCache) InsertAlbumIgnore(path string, ignoreData []string) {
	c.mutex.Lock()
	defer c.mutex.Unlock()

	c.ignore_data[path] = ignoreData
}

// IsPathMedia is api/scanner/scanner_cache/cache.go:108.
func (c *AlbumScannerCache) IsPathMedia(mediaPath string) bool {
	return c.GetMediaType(mediaPath) != media_type.TypeUnknown
}
