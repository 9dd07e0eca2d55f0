package object

import "example.com/heldout/casnode/pkg/casdoorsdk"

// HasNode reproduces object/check.go:22.
func HasNode(id string) bool {
	node := GetNode(id)

	return node != nil
}

// HasTab reproduces object/check.go:28.
func HasTab(id string) bool {
	tab := GetTab(id)

	return tab != nil
}

// HasPlane reproduces object/check.go:34.
func HasPlane(id string) bool {
	plane := GetPlane(id)

	return plane != nil
}

// IsForbidden reproduces object/check.go:41.
func IsForbidden(user *casdoorsdk.User) bool {
	return user.IsForbidden
}

// FilterUnsafeHTML reproduces object/check.go:45, without the bluemonday
// sanitizer (github.com/microcosm-cc/bluemonday), which is unrelated to the sites.
func FilterUnsafeHTML(content string) string {
	return content
}
