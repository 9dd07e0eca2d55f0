// Package messageSender reproduces utils/messageSender/sender.go of
// komari-monitor/komari da4d5187c1b1 (Initialize; LoadProvider trimmed).
package messageSender

import (
	"encoding/json"
	"sync"

	"example.com/heldout/komari/database"
	"example.com/heldout/komari/database/models"
	"example.com/heldout/komari/internal/config"
	logger "example.com/heldout/komari/utils/log"
	"example.com/heldout/komari/utils/messageSender/factory"
)

var (
	currentProvider factory.IMessageSender
	mu              = sync.Mutex{}
	once            = sync.Once{}
)

// LoadProvider stands in for sender.go's LoadProvider (builds the provider
// from its saved JSON; not database code).
func LoadProvider(name string, configJson string) error {
	mu.Lock()
	defer mu.Unlock()
	constructor, exists := factory.GetConstructor(name)
	if !exists {
		return nil
	}
	currentProvider = constructor()
	return json.Unmarshal([]byte(configJson), currentProvider.GetConfiguration())
}

// Initialize reproduces sender.go:44 (called from the server start-up,
// internal/server). The default rows are seeded inside a package-level
// sync.Once; SaveMessageSenderConfig is gorm Save on the primary key (name):
// an UPDATE, then INSERT ... ON CONFLICT DO UPDATE when no row was updated.
func Initialize() {
	go func() {
		once.Do(func() {
			all := factory.GetAllMessageSenders()
			for _, provider := range all {
				if _, err := database.GetMessageSenderConfigByName(provider.GetName()); err == nil { // safe: runs once per process (sync.Once) at start-up, and Save is an update-then-ON CONFLICT DO UPDATE upsert on the primary key name
					continue
				}
				// 如果数据库中没有该提供者的配置，则保存默认配置
				config := provider.GetConfiguration()
				configBytes, err := json.Marshal(config)
				if err != nil {
					logger.Errorf("message-sender", "Failed to marshal config for provider %s: %v", provider.GetName(), err)
					return
				}
				if err := database.SaveMessageSenderConfig(&models.MessageSenderProvider{
					Name:     provider.GetName(),
					Addition: string(configBytes),
				}); err != nil {
					logger.Errorf("message-sender", "Failed to save default config for provider %s: %v", provider.GetName(), err)
					return
				}
			}
		})
	}()
	NotificationMethod, _ := config.GetAs[string](config.NotificationMethodKey, "none")

	if NotificationMethod == "" || NotificationMethod == "none" {
		LoadProvider("empty", "{}")
		return
	}

	// 尝试从数据库加载配置
	senderConfig, err := database.GetMessageSenderConfigByName(NotificationMethod)
	if err != nil {
		// 如果没有找到配置，使用empty provider
		LoadProvider("empty", "{}")
		return
	}
	LoadProvider(NotificationMethod, senderConfig.Addition)
}
