// Package gjson is a stand-in for github.com/tidwall/gjson (top-level keys only).
package gjson

import (
	"encoding/json"
	"fmt"
)

// Result is a looked-up value.
type Result struct{ v any }

// Get returns the value of a top-level key of a JSON object.
func Get(js, path string) Result {
	m := map[string]any{}
	_ = json.Unmarshal([]byte(js), &m)
	return Result{v: m[path]}
}

// Int returns the value as an integer.
func (r Result) Int() int64 {
	if f, ok := r.v.(float64); ok {
		return int64(f)
	}
	return 0
}

// String returns the value as a string.
func (r Result) String() string {
	if r.v == nil {
		return ""
	}
	if s, ok := r.v.(string); ok {
		return s
	}
	return fmt.Sprint(r.v)
}
