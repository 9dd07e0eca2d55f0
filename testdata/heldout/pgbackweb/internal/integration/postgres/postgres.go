// Package postgres is trimmed: upstream shells out to pg_dump/psql of the
// picked version (internal/integration/postgres/postgres.go). It does not use
// the application's database.
package postgres

import "fmt"

type PGVersion struct {
	Value string
}

type Client struct{}

func New() *Client {
	return &Client{}
}

func (Client) ParseVersion(version string) (PGVersion, error) {
	switch version {
	case "13", "14", "15", "16", "17", "18":
		return PGVersion{Value: version}, nil
	}
	return PGVersion{}, fmt.Errorf("pg version not allowed: %s", version)
}

func (Client) Test(version PGVersion, connString string) error {
	return nil
}

func (Client) RestoreZip(
	version PGVersion, connString string, isLocal bool, zipURLOrPath string,
) error {
	return nil
}
