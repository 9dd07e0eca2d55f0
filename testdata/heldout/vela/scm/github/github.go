// Package github reproduces the GitHub scm client of go-vela/server
// (scm/github), trimmed to ProcessInstallation.
package github

import "example.com/heldout/vela/pkg/logrus"

// Client reproduces scm/github/github.go Client (trimmed).
type Client struct {
	// https://pkg.go.dev/github.com/sirupsen/logrus#Entry
	Logger *logrus.Entry
}
