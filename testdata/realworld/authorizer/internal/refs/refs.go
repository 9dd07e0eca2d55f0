// Package refs reproduces authorizerdev/authorizer 4ad0758cebf4 internal/refs.
package refs

// NewStringRef is internal/refs/string.go.
func NewStringRef(v string) *string { return &v }

// StringValue is internal/refs/string.go.
func StringValue(v *string) string {
	if v == nil {
		return ""
	}
	return *v
}

// NewBoolRef is internal/refs/bool.go.
func NewBoolRef(v bool) *bool { return &v }

// BoolValue is internal/refs/bool.go.
func BoolValue(v *bool) bool {
	if v == nil {
		return false
	}
	return *v
}

// Int64Value is internal/refs/int64.go.
func Int64Value(v *int64) int64 {
	if v == nil {
		return 0
	}
	return *v
}
