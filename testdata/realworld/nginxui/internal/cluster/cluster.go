// Package cluster reproduces 0xJacky/nginx-ui 1df16d75f689 internal/cluster.
package cluster

import (
	"context"
	"errors"

	"gorm.io/gorm"

	"example.com/realworld/nginxui/model"
)

// registerPredefinedNode is internal/cluster/cluster.go:65 (legacy secret
// encryption via nodeauth.EncryptPrivateCredential trimmed).
func registerPredefinedNode(ctx context.Context, predefined *model.Node) error {
	database := model.UseDB()
	if database == nil {
		return errors.New("database unavailable")
	}
	return database.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var existing model.Node
		err := tx.Where("url = ?", predefined.URL).First(&existing).Error // race
		if err == nil {
			return nil
		}
		if !errors.Is(err, gorm.ErrRecordNotFound) {
			return err
		}

		existing = model.Node{
			Name:             predefined.Name,
			URL:              predefined.URL,
			Enabled:          predefined.Enabled,
			AuthMethod:       model.NodeAuthMethodLegacy,
			CredentialStatus: model.NodeCredentialStatusActive,
		}
		if err := tx.Create(&existing).Error; err != nil {
			return err
		}
		encrypted := []byte(predefined.Token) // nodeauth.EncryptPrivateCredential(...)
		return tx.Model(&existing).Update("encrypted_legacy_secret", encrypted).Error
	})
}

// RegisterPredefinedNodes is internal/cluster/cluster.go:16 (node URL parsing
// and validation trimmed).
func RegisterPredefinedNodes(ctx context.Context, nodes []*model.Node) {
	for _, node := range nodes {
		func() {
			_ = registerPredefinedNode(ctx, node)
		}()
	}
}
