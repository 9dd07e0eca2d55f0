// Package mailer reproduces dnote/dnote 8ffd44f36287 pkg/server/mailer.
package mailer

import "github.com/pkg/errors"

// ErrSMTPNotConfigured stands in for pkg/server/mailer/backend.go's sentinel.
var ErrSMTPNotConfigured = errors.New("SMTP is not configured")
