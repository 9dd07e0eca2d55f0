// Package logrus is a minimal stand-in for github.com/sirupsen/logrus (not in
// the held-out go.mod): only the Fields type that gophish passes to
// logger.WithFields. It is logging, not data access.
package logrus

// Fields mirrors logrus.Fields.
type Fields map[string]interface{}
