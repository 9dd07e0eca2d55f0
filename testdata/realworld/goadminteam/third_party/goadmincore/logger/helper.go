// Package logger reproduces go-admin-team/go-admin-core a912b404d5c0 logger (Helper only, writing through the standard log package).
package logger

import "log"

// Helper is logger/helper.go (trimmed).
type Helper struct {
	fields map[string]interface{}
}

// Errorf is logger/helper.go:113.
func (h *Helper) Errorf(template string, args ...interface{}) {
	log.Printf("[ERROR] "+template, args...)
}

// Infof is logger/helper.go.
func (h *Helper) Infof(template string, args ...interface{}) {
	log.Printf("[INFO] "+template, args...)
}

// Warnf is logger/helper.go.
func (h *Helper) Warnf(template string, args ...interface{}) {
	log.Printf("[WARN] "+template, args...)
}
