// Package clipboard reproduces database/clipboard/clipboard.go of
// komari-monitor/komari da4d5187c1b1 (DeleteClipboard only).
package clipboard

import (
	"example.com/heldout/komari/database/dbcore"
	"example.com/heldout/komari/database/models"
)

// DeleteClipboard 删除剪贴板记录 (clipboard.go:37; admin RPC
// adminDeleteClipboard, web/rpc/jsonrpc/admin.clipboard.go:91).
func DeleteClipboard(id int) error {
	db := dbcore.GetDBInstance()
	// Check if record exists first
	var cb models.Clipboard
	if err := db.First(&cb, id).Error; err != nil { // safe: the lookup only guards a delete of the same row
		return err // Record not found or other error
	}
	return db.Delete(&cb).Error
}
