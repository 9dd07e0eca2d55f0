// Package jsonutil is a trimmed reproduction of goalert's util/jsonutil.
package jsonutil

import "encoding/json"

// Apply reproduces util/jsonutil.Apply (merge v into the original JSON,
// preserving unknown fields); trimmed to a plain marshal.
func Apply(orig json.RawMessage, v interface{}) (json.RawMessage, error) {
	_ = orig
	return json.Marshal(v)
}
