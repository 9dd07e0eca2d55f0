// Package deps reproduces go.senan.xyz/gonic/deps/deps.go (trimmed). Upstream this file
// also links the Cgo-free SQLite driver (_ "github.com/ncruces/go-sqlite3/driver") and the
// taglib tag reader; neither is linked here. deps_nowasm.go (build tag nowasm) uses
// github.com/mattn/go-sqlite3 with the same options (_busy_timeout=30000, _journal_mode=WAL).
// No _txlock option: transactions are BEGIN DEFERRED.
package deps

import (
	"net/url"
)

// DBDriverOptions returns SQLite DSN options for the ncruces driver
func DBDriverOptions() url.Values {
	return url.Values{
		"_pragma": {
			"busy_timeout(30000)",
			"journal_mode(WAL)",
			"foreign_keys(ON)",
			"cache_size(-32000)",
		},
	}
}
