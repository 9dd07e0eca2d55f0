// Package log holds the Log name helpers (trimmed from upstream
// pkg/api/server/v1alpha2/log/log.go; the storage streams are dropped).
package log

import (
	"fmt"
	"regexp"

	"example.com/heldout/results/third_party/grpc/codes"
	"example.com/heldout/results/third_party/grpc/status"
)

var (
	// NameRegex matches valid name specs for a Result.
	NameRegex = regexp.MustCompile("(^[a-z0-9_-]{1,63})/results/([a-z0-9_-]{1,63})/logs/([a-z0-9_-]{1,63}$)")
)

// ParseName splits a full Result name into its individual (parent, result, name)
// components.
func ParseName(raw string) (parent, result, name string, err error) {
	s := NameRegex.FindStringSubmatch(raw)
	if len(s) != 4 {
		return "", "", "", status.Errorf(codes.InvalidArgument, "name must match %s", NameRegex.String())
	}
	return s[1], s[2], s[3], nil
}

// FormatName takes in a parent ("a/results/b") and record name ("c") and
// returns the full resource name ("a/results/b/logs/c").
func FormatName(parent, name string) string {
	return fmt.Sprintf("%s/logs/%s", parent, name)
}
