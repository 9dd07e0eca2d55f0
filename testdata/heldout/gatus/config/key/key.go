package key

import "strings"

// ConvertGroupAndNameToKey converts a group and a name to a key
// (upstream config/key/key.go:6)
func ConvertGroupAndNameToKey(groupName, name string) string {
	return sanitize(groupName) + "_" + sanitize(name)
}

// sanitize (upstream config/key/key.go:10)
func sanitize(s string) string {
	s = strings.TrimSpace(strings.ToLower(s))
	s = strings.ReplaceAll(s, "/", "-")
	s = strings.ReplaceAll(s, "_", "-")
	s = strings.ReplaceAll(s, ".", "-")
	s = strings.ReplaceAll(s, ",", "-")
	s = strings.ReplaceAll(s, " ", "-")
	s = strings.ReplaceAll(s, "#", "-")
	s = strings.ReplaceAll(s, "+", "-")
	s = strings.ReplaceAll(s, "&", "-")
	return s
}
