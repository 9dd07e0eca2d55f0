// Package form reproduces photoprism/photoprism 382ffa89927f internal/form (the fields used by the reproduced code).
package form

import "fmt"

// SearchPhotos is internal/form/search_photos.go SearchPhotos (trimmed).
type SearchPhotos struct {
	Path   string `form:"path"`
	Year   string `form:"year"`
	Month  string `form:"month"`
	Public bool   `form:"public"`
}

// Serialize is internal/form/serialize.go Serialize (simplified).
func (f *SearchPhotos) Serialize() string {
	return fmt.Sprintf("path:%q public:%t", f.Path, f.Public)
}

// Album is internal/form/album.go Album (trimmed).
type Album struct {
	AlbumTitle    string `json:"Title"`
	AlbumFavorite bool   `json:"Favorite"`
}
