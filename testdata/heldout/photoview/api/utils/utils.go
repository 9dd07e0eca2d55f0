// Package utils reproduces the helpers of api/utils used by the reproduced code.
package utils

import (
	"crypto/rand"
	"log"
	"math/big"
	"os"
	"path"
	"strconv"
)

// GenerateToken is api/utils/utils.go:13 (a fresh random token).
func GenerateToken() string {
	const charset = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	const length = 8

	charLen := big.NewInt(int64(len(charset)))

	b := make([]byte, length)
	for i := range b {

		n, err := rand.Int(rand.Reader, charLen)
		if err != nil {
			log.Panicf("Could not generate random number: %v", err)
		}
		b[i] = charset[n.Int64()]
	}
	return string(b)
}

// MediaCachePath is api/utils/media_cache.go (reduced).
func MediaCachePath() string {
	if p := os.Getenv("PHOTOVIEW_MEDIA_CACHE"); p != "" {
		return p
	}
	return "./media_cache"
}

// CachePathForMedia is api/utils/media_cache.go (reduced).
func CachePathForMedia(albumID int, mediaID int) (string, error) {
	photoCache := path.Join(MediaCachePath(), strconv.Itoa(albumID), strconv.Itoa(mediaID))
	if err := os.MkdirAll(photoCache, os.ModePerm); err != nil {
		return "", err
	}
	return photoCache, nil
}
