package models

import (
	"crypto/md5"
	"encoding/hex"
)

// MD5Hash is api/graphql/models/utils.go:43.
func MD5Hash(value string) string {
	hash := md5.Sum([]byte(value))
	return hex.EncodeToString(hash[:])
}

// LanguageTranslation is api/graphql/models/generated.go:112.
type LanguageTranslation string

// AuthorizeResult is api/graphql/models/generated.go (gqlgen model).
type AuthorizeResult struct {
	Success bool
	Status  string
	Token   *string
}

// ScannerResult is api/graphql/models/generated.go (gqlgen model).
type ScannerResult struct {
	Finished bool
	Success  bool
	Progress *float64
	Message  *string
}
