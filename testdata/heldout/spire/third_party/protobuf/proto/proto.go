// Package proto is a minimal stand-in for google.golang.org/protobuf/proto
// (not in the example.com/heldout module): the bundle and CA journal blobs are
// protobuf upstream; here they are encoded as JSON. Same call shape.
package proto

import "encoding/json"

func Marshal(m any) ([]byte, error)   { return json.Marshal(m) }
func Unmarshal(b []byte, m any) error { return json.Unmarshal(b, m) }
