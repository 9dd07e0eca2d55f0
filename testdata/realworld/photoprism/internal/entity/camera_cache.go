// Package entity reproduces photoprism/photoprism 382ffa89927f internal/entity (jinzhu/gorm v1 calls written against gorm.io/gorm; struct tags kept verbatim).
package entity

import (
	"time"

	gc "github.com/patrickmn/go-cache"
)

// cameraCache is internal/entity/camera_cache.go:9.
var cameraCache = gc.New(time.Hour, 15*time.Minute)

// FlushCameraCache is internal/entity/camera_cache.go:11.
func FlushCameraCache() {
	cameraCache.Flush()
}
