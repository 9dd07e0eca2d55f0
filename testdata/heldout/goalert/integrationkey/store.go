// Package integrationkey reproduces the universal integration key
// configuration and token paths of goalert (integrationkey/config.go,
// integrationkey/uik.go).
package integrationkey

import (
	"database/sql"

	"example.com/heldout/goalert/notification/nfydest"
	"example.com/heldout/goalert/notificationchannel"
)

// Store reproduces integrationkey/store.go (trimmed).
type Store struct {
	db      *sql.DB
	reg     *nfydest.Registry
	ncStore *notificationchannel.Store
}
