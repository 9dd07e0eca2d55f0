// Package clean reproduces photoprism/photoprism 382ffa89927f pkg/clean (simplified).
package clean

import "strings"

// Log is pkg/clean/log.go Log.
func Log(s string) string { return "'" + s + "'" }

// Username is pkg/clean/username.go Username.
func Username(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// Name is pkg/clean/name.go Name.
func Name(s string) string { return strings.TrimSpace(s) }

// Email is pkg/clean/email.go Email.
func Email(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
