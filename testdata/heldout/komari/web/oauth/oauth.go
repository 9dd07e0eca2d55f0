// Package oauth reproduces web/oauth/oauth.go of komari-monitor/komari
// da4d5187c1b1 (Initialize and cleanupRemovedProviders).
package oauth

import (
	"encoding/json"
	"fmt"
	"sync"

	"example.com/heldout/komari/database"
	"example.com/heldout/komari/database/models"
	"example.com/heldout/komari/internal/config"
	logger "example.com/heldout/komari/utils/log"
	"example.com/heldout/komari/web/oauth/factory"
)

var (
	currentProvider factory.IOidcProvider
	mu              = sync.Mutex{}
	once            = sync.Once{}
)

const removedCloudflareAccessProvider = "CloudflareAccess"

func LoadProvider(name string, configJson string) error {
	mu.Lock()
	defer mu.Unlock()
	if currentProvider != nil {
		if err := currentProvider.Destroy(); err != nil {
			logger.Errorf("oauth", "Failed to destroy provider %s: %v", currentProvider.GetName(), err)
		}
	}
	constructor, exists := factory.GetConstructor(name)
	if !exists {
		return fmt.Errorf("provider %s not found", name)
	}
	currentProvider = constructor()
	if err := json.Unmarshal([]byte(configJson), currentProvider.GetConfiguration()); err != nil {
		return fmt.Errorf("failed to unmarshal config for provider %s: %w", name, err)
	}
	err := currentProvider.Init()
	if err != nil {
		return fmt.Errorf("failed to initialize provider %s: %w", name, err)
	}
	return nil
}

// Initialize reproduces oauth.go:64 (server start-up). Default rows are seeded
// inside a package-level sync.Once; SaveOidcConfig is gorm Save on the primary
// key (name): an UPDATE, then INSERT ... ON CONFLICT DO UPDATE.
func Initialize() error {
	cleanupRemovedProviders()
	once.Do(func() {
		all := factory.GetAllOidcProviders()
		for _, provider := range all {
			if _, err := database.GetOidcConfigByName(provider.GetName()); err == nil { // safe: runs once per process (sync.Once) at start-up, and Save is an update-then-ON CONFLICT DO UPDATE upsert on the primary key name
				continue
			}
			// 如果数据库中没有该提供者的配置，则保存默认配置
			config := provider.GetConfiguration()
			configBytes, err := json.Marshal(config)
			if err != nil {
				logger.Errorf("oauth", "Failed to marshal config for provider %s: %v", provider.GetName(), err)
				return
			}
			if err := database.SaveOidcConfig(&models.OidcProvider{
				Name:     provider.GetName(),
				Addition: string(configBytes),
			}); err != nil {
				logger.Errorf("oauth", "Failed to save default config for provider %s: %v", provider.GetName(), err)
				return
			}
		}
	})
	cfg, _ := config.GetAs[string](config.OAuthProviderKey, "github")
	if cfg == "" || cfg == "none" {
		LoadProvider("github", "{}")
		return nil
	}
	provider, err := database.GetOidcConfigByName(cfg)
	if err != nil {
		// 如果没有找到配置，使用github provider
		LoadProvider("github", "{}")
		return nil
	}
	err = LoadProvider(provider.Name, provider.Addition)
	if err != nil {
		logger.Errorf("oauth", "Failed to load OIDC provider %s: %v", provider.Name, err)
		return err
	}
	return nil
}

func cleanupRemovedProviders() {
	if err := database.DeleteOidcConfigByName(removedCloudflareAccessProvider); err != nil {
		logger.Errorf("oauth", "Failed to delete removed OIDC provider %s: %v", removedCloudflareAccessProvider, err)
	}

	cfg, _ := config.GetAs[string](config.OAuthProviderKey, "github")
	if cfg == removedCloudflareAccessProvider {
		if err := config.Set(config.OAuthProviderKey, "github"); err != nil {
			logger.Errorf("oauth", "Failed to reset removed OIDC provider %s: %v", removedCloudflareAccessProvider, err)
		}
	}
}
