// Package entity reproduces photoprism/photoprism 382ffa89927f internal/entity (jinzhu/gorm v1 calls written against gorm.io/gorm; struct tags kept verbatim).
package entity

import (
	"fmt"
)

// Markers represents a list of markers.
//
// Upstream: internal/entity/markers.go:12.
type Markers []Marker

// Save stores the markers in the database.
//
// Upstream: internal/entity/markers.go:15.
func (m Markers) Save(file *File) (count int, err error) {
	if file == nil {
		return 0, fmt.Errorf("file required for saving markers")
	}

	for i := range m {
		if created, err := CreateMarkerIfNotExists(&m[i]); err != nil {
			log.Errorf("markers: %s (save)", err)
		} else {
			m[i] = *created
		}
	}

	return len(m), nil // file.UpdatePhotoFaceCount() trimmed
}

// File is internal/entity/file.go (trimmed).
type File struct {
	ID      uint
	FileUID string
}
