// Package json stands in for gin-admin's pkg/encoding/json (jsoniter).
package json

import "encoding/json"

// Unmarshal decodes JSON.
func Unmarshal(data []byte, v interface{}) error { return json.Unmarshal(data, v) }

// Valid reports whether data is valid JSON.
func Valid(data []byte) bool { return json.Valid(data) }
