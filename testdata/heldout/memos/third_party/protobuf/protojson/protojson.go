// Package protojson is a small stand-in for google.golang.org/protobuf/encoding/protojson,
// backed by encoding/json.
package protojson

import "encoding/json"

// Marshal stands in for protojson.Marshal.
func Marshal(m any) ([]byte, error) { return json.Marshal(m) }

// UnmarshalOptions stands in for protojson.UnmarshalOptions.
type UnmarshalOptions struct {
	AllowPartial   bool
	DiscardUnknown bool
}

// Unmarshal stands in for UnmarshalOptions.Unmarshal.
func (UnmarshalOptions) Unmarshal(b []byte, m any) error { return json.Unmarshal(b, m) }
