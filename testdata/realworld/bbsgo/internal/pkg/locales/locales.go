// Package locales reproduces mlogclub/bbs-go 35f4190d73eb internal/pkg/locales (message lookup reduced to the key).
package locales

import "fmt"

// Get is internal/pkg/locales (i18n lookup; returns the key here).
func Get(key string) string { return key }

// Getf is internal/pkg/locales (i18n lookup with arguments).
func Getf(key string, args ...interface{}) string { return fmt.Sprintf(key+" %v", args...) }
