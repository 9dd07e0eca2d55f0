// Package base is a small stand-in for github.com/usememos/memos/internal/base.
package base

import "regexp"

// UIDMatcher mirrors internal/base/resource_name.go:6 UIDMatcher.
var UIDMatcher = regexp.MustCompile(`^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,34}[a-zA-Z0-9])?$`)
