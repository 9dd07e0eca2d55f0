// Package env reproduces the parts of github.com/getfider/fider/app/pkg/env used
// by the reproduced code (trimmed).
package env

import "os"

type config struct {
	Database struct {
		URL          string
		MaxIdleConns int
		MaxOpenConns int
	}
	HostMode                    string
	SignUpDisabled              bool
	PostCreationWithTagsEnabled bool
	Locale                      string
	BlobStorage                 struct {
		Type string
	}
}

// Config is the application configuration
var Config = func() config {
	c := config{}
	c.Database.URL = os.Getenv("DATABASE_URL")
	c.Database.MaxIdleConns = 2
	c.Database.MaxOpenConns = 4
	c.HostMode = os.Getenv("HOST_MODE")
	c.Locale = "en"
	c.BlobStorage.Type = os.Getenv("BLOB_STORAGE")
	return c
}()

// IsSingleHostMode returns true if host mode is set to single tenant
func IsSingleHostMode() bool {
	return Config.HostMode == "single"
}

// IsTest returns true when running tests
func IsTest() bool {
	return os.Getenv("GO_ENV") == "test"
}

// Path returns full path from relative path
func Path(p ...string) string {
	root := os.Getenv("FIDER_ROOT")
	for _, e := range p {
		root += e
	}
	return root
}

// Subdomain returns the Fider subdomain (if available) from given host
func Subdomain(host string) string {
	return host
}
