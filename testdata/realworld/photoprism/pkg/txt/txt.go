// Package txt reproduces photoprism/photoprism 382ffa89927f pkg/txt (the helpers used by the reproduced entity code, simplified).
package txt

import "strings"

// Clip limits, pkg/txt/clip.go.
const (
	ClipDefault = 160
	ClipSlug    = 80
	ClipPath    = 1024
	ClipKeyword = 40
	Ellipsis    = "…"
)

// Slug is pkg/txt/slug.go Slug (simplified).
func Slug(s string) string {
	return strings.Trim(strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), " ", "-")), "-/")
}

// Clip is pkg/txt/clip.go Clip.
func Clip(s string, size int) string {
	if len(s) > size {
		return s[:size]
	}
	return s
}

// Shorten is pkg/txt/clip.go Shorten.
func Shorten(s string, size int, suffix string) string {
	if len(s) > size {
		return s[:size-len(suffix)] + suffix
	}
	return s
}

// ClipName is pkg/txt/clip.go ClipName.
const ClipName = 160

// Title is pkg/txt/title.go Title (simplified).
func Title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
