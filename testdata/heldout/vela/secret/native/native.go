// Package native reproduces the native (database) secret engine of
// go-vela/server (secret/native), trimmed to Get and Update of repo secrets.
package native

import (
	"example.com/heldout/vela/database"
	"example.com/heldout/vela/pkg/logrus"
)

// Client reproduces secret/native/native.go Client.
type Client struct {
	// client to interact with database for secret operations
	Database database.Interface
	// https://pkg.go.dev/github.com/sirupsen/logrus#Entry
	Logger *logrus.Entry
}
