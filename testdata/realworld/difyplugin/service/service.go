// Package service reproduces dify-plugin-daemon's internal/core.
package service

import (
	"errors"
	"strings"

	"example.com/realworld/difyplugin/db"
	"gorm.io/gorm"
)

// TenantStorage is internal/types/models/storage.go:3: no unique index.
type TenantStorage struct {
	ID       string `gorm:"primaryKey"`
	TenantID string `gorm:"column:tenant_id;type:varchar(255);not null;index"`
	PluginID string `gorm:"column:plugin_id;type:varchar(255);not null;index"`
	Size     int64  `gorm:"column:size;type:bigint;not null"`
}

type PluginDeclaration struct {
	ID                     string `gorm:"primaryKey"`
	PluginUniqueIdentifier string `gorm:"size:255;unique"`
	PluginID               string `gorm:"size:255;index"`
}

// AllocateStorage is internal/core/persistence/persistence.go:64: the
// usage row is created on first use, else incremented; two first writes
// create two rows.
func AllocateStorage(tenantId, pluginId string, sizeDiff int64) error {
	storage, err := db.GetOne[TenantStorage]( // race
		db.Equal("tenant_id", tenantId),
		db.Equal("plugin_id", pluginId),
	)
	if err != nil {
		if err == db.ErrDatabaseNotFound {
			storage = TenantStorage{
				TenantID: tenantId,
				PluginID: pluginId,
				Size:     sizeDiff,
			}
			if err := db.Create(&storage); err != nil {
				return err
			}
		} else {
			return err
		}
	} else {
		return db.DifyPluginDB.Model(&TenantStorage{}).
			Where("tenant_id = ? AND plugin_id = ?", tenantId, pluginId).
			Update("size", gorm.Expr("size + ?", sizeDiff)).Error
	}
	return nil
}

func isUniqueViolation(err error) bool {
	if err == nil {
		return false
	}
	s := err.Error()
	return strings.Contains(s, "SQLSTATE 23505") || strings.Contains(s, "duplicate key value violates unique constraint")
}

// SaveDeclaration is internal/core/plugin_manager/packages.go:117: the
// create's unique violation is caught and read back.
func SaveDeclaration(uid, pluginID string) error {
	if _, err := db.GetOne[PluginDeclaration]( // safe: the unique violation is caught
		db.Equal("plugin_unique_identifier", uid),
	); err == db.ErrDatabaseNotFound {
		createErr := db.Create(&PluginDeclaration{
			PluginUniqueIdentifier: uid,
			PluginID:               pluginID,
		})
		if createErr != nil {
			if isUniqueViolation(createErr) {
				return nil
			}
			return errors.Join(createErr, errors.New("failed to create plugin declaration"))
		}
	}
	return nil
}

// PluginInstallation is internal/types/models/plugin_installation.go.
type PluginInstallation struct {
	ID       string `gorm:"primaryKey"`
	PluginID string `gorm:"index;size:255"`
	TenantID string `gorm:"index;size:255"`
}

var ErrPluginAlreadyInstalled = errors.New("plugin already installed")

// InstallPlugin is internal/types/models/curd/atomic.go:42: a quick check
// outside the transaction, then the plugin row locked and the check made
// again inside it; the second check decides the create.
func InstallPlugin(tenantID, pluginID string) error {
	_, err := db.GetOne[PluginInstallation]( // safe: checked again under a row lock in the transaction
		db.Equal("plugin_id", pluginID),
		db.Equal("tenant_id", tenantID),
	)
	if err == nil {
		return ErrPluginAlreadyInstalled
	}
	if !errors.Is(err, db.ErrDatabaseNotFound) {
		return err
	}
	return db.WithTransaction(func(tx *gorm.DB) error {
		if _, err := db.GetOne[PluginDeclaration]( // the plugin's row, locked
			db.WithTransactionContext(tx),
			db.Equal("plugin_unique_identifier", pluginID),
			db.WLock(),
		); err != nil {
			return err
		}
		_, err := db.GetOne[PluginInstallation]( // safe: after the plugin row is locked
			db.WithTransactionContext(tx),
			db.Equal("plugin_id", pluginID),
			db.Equal("tenant_id", tenantID),
		)
		if err == nil {
			return ErrPluginAlreadyInstalled
		}
		if !errors.Is(err, db.ErrDatabaseNotFound) {
			return err
		}
		return db.Create(&PluginInstallation{PluginID: pluginID, TenantID: tenantID}, tx)
	})
}
