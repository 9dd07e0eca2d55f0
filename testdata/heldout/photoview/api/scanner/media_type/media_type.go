// Package media_type is api/scanner/media_type (reduced to what the reproduced code uses).
package media_type

import (
	"path"
	"strings"
)

// MediaType is api/scanner/media_type/media_type.go (reduced).
type MediaType string

const TypeUnknown MediaType = ""

// GetMediaType is api/scanner/media_type/media_type.go (reduced).
func GetMediaType(p string) MediaType {
	switch strings.ToLower(path.Ext(p)) {
	case ".jpg", ".jpeg":
		return "image/jpeg"
	case ".png":
		return "image/png"
	case ".cr2", ".nef":
		return "image/x-raw"
	case ".mp4":
		return "video/mp4"
	case ".mov":
		return "video/quicktime"
	}
	return TypeUnknown
}

// IsVideo is api/scanner/media_type/media_type.go (reduced).
func (t MediaType) IsVideo() bool { return strings.HasPrefix(string(t), "video/") }

// IsWebCompatible is api/scanner/media_type/media_type.go (reduced).
func (t MediaType) IsWebCompatible() bool {
	return t == "image/jpeg" || t == "image/png" || t == "video/mp4"
}

func (t MediaType) String() string { return string(t) }
