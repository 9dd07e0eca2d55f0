// Package swag is a stand-in for github.com/go-openapi/swag.
package swag

func String(v string) *string { return &v }

func StringValue(v *string) string {
	if v == nil {
		return ""
	}
	return *v
}

func Bool(v bool) *bool { return &v }

func BoolValue(v *bool) bool { return v != nil && *v }
