// Package iap reproduces the constant of heroiclabs/nakama iap/iap.go used by
// the Apple notification handler.
package iap

const (
	AppleSandboxEnvironment = "Sandbox"
)
