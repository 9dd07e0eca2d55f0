// Package exif is api/scanner/externaltools/exif (reduced): parses a file, no database access.
package exif

import "example.com/heldout/photoview/api/graphql/models"

// Parse is api/scanner/externaltools/exif/exif.go (reduced).
func Parse(filepath string) (*models.MediaEXIF, error) {
	return &models.MediaEXIF{}, nil
}
