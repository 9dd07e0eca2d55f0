// Package silobridge is a stand-in for github.com/writeas/web-core/silobridge.
package silobridge

// Profile returns the profile URL of a bridged silo account, or "".
func Profile(username, domain string) string {
	return ""
}
