// Package sitecheck reproduces 0xJacky/nginx-ui 1df16d75f689 internal/sitecheck.
package sitecheck

import (
	"fmt"
	"net"
	"net/url"
	"strings"
	"sync"
	"time"

	"example.com/realworld/nginxui/model"
	"example.com/realworld/nginxui/query"
	"example.com/realworld/nginxui/third_party/cosy/logger"
)

// Site config cache with expiration, internal/sitecheck/checker.go:26.
var (
	siteConfigCache = make(map[string]*siteConfigCacheEntry)
	siteConfigMutex sync.RWMutex
	cacheExpiry     = 5 * time.Minute // Cache entries expire after 5 minutes
	lastBatchLoad   time.Time
)

// siteConfigCacheEntry is internal/sitecheck/checker.go:33.
type siteConfigCacheEntry struct {
	config    *model.SiteConfig
	expiresAt time.Time
}

// loadAllSiteConfigs is internal/sitecheck/checker.go:149.
func loadAllSiteConfigs() error {
	siteConfigMutex.Lock()
	defer siteConfigMutex.Unlock()

	// Skip database operation if query.SiteConfig is nil (e.g., in tests)
	if query.SiteConfig == nil {
		lastBatchLoad = time.Now()
		return nil
	}

	sc := query.SiteConfig
	configs, err := sc.Find()
	if err != nil {
		return fmt.Errorf("failed to load site configs: %w", err)
	}

	now := time.Now()
	expiry := now.Add(cacheExpiry)

	// Clear existing cache
	siteConfigCache = make(map[string]*siteConfigCacheEntry)

	// Cache all configs
	for _, config := range configs {
		key := config.SiteKey
		if key == "" {
			key = "legacy:" + config.Host
		}
		siteConfigCache[key] = &siteConfigCacheEntry{
			config:    config,
			expiresAt: expiry,
		}
	}

	lastBatchLoad = now
	return nil
}

// getCachedSiteConfig is internal/sitecheck/checker.go:190: gets a site config
// from cache, loading all configs if needed.
func getCachedSiteConfig(host string) (*model.SiteConfig, bool) {
	siteConfigMutex.RLock()

	// Check if we need to refresh the cache
	needsRefresh := time.Since(lastBatchLoad) > cacheExpiry

	if needsRefresh {
		siteConfigMutex.RUnlock()
		// Reload all configs if cache is expired
		if err := loadAllSiteConfigs(); err != nil {
			logger.Errorf("Failed to reload site configs: %v", err)
			return nil, false
		}
		siteConfigMutex.RLock()
	}

	entry, exists := siteConfigCache[host]
	siteConfigMutex.RUnlock()

	if !exists || time.Now().After(entry.expiresAt) {
		return nil, false
	}

	return entry.config, true
}

// setCachedSiteConfig is internal/sitecheck/checker.go:217: sets a site config in cache.
func setCachedSiteConfig(host string, config *model.SiteConfig) {
	siteConfigMutex.Lock()
	defer siteConfigMutex.Unlock()

	siteConfigCache[host] = &siteConfigCacheEntry{
		config:    config,
		expiresAt: time.Now().Add(cacheExpiry),
	}
}

// canonicalSiteKey is internal/sitecheck/checker.go:246.
func canonicalSiteKey(siteName, rawURL string) string {
	parsed, err := url.Parse(rawURL)
	if err != nil || parsed.Hostname() == "" {
		return strings.TrimSpace(siteName) + "|" + strings.TrimSpace(rawURL)
	}

	host := strings.ToLower(parsed.Hostname())
	port := parsed.Port()
	if port == "" {
		switch strings.ToLower(parsed.Scheme) {
		case "https", "grpcs":
			port = "443"
		default:
			port = "80"
		}
	}

	return strings.TrimSpace(siteName) + "|" + strings.ToLower(parsed.Scheme) + "://" + net.JoinHostPort(host, port)
}

// getOrCreateSiteConfigForURL is internal/sitecheck/checker.go:268: gets or
// creates a site config for the given URL. SiteKey is stable across
// synchronized nodes and avoids relying on local IDs.
func getOrCreateSiteConfigForURL(siteName, rawURL string) *model.SiteConfig {
	tempConfig := &model.SiteConfig{}
	tempConfig.SetFromURL(rawURL)
	tempConfig.SiteName = siteName
	tempConfig.SiteKey = canonicalSiteKey(siteName, rawURL)

	// Try to get from cache first
	if config, found := getCachedSiteConfig(tempConfig.SiteKey); found {
		return config
	}

	// Not in cache, query database
	sc := query.SiteConfig
	siteConfig, err := sc.Where(sc.SiteKey.Eq(tempConfig.SiteKey)).First() // race
	if err != nil {
		// Lazily adopt a legacy record when it still has no stable key.
		siteConfig, err = sc.Where(sc.Host.Eq(tempConfig.Host), sc.SiteKey.Eq("")).First()
		if err == nil {
			siteConfig.SiteKey = tempConfig.SiteKey
			siteConfig.SiteName = siteName
			if saveErr := sc.Save(siteConfig); saveErr != nil {
				logger.Errorf("Failed to migrate legacy site config for %s: %v", rawURL, saveErr)
			}
			setCachedSiteConfig(tempConfig.SiteKey, siteConfig)
			return siteConfig
		}

		// Record doesn't exist, create a new one
		newConfig := &model.SiteConfig{
			SiteKey:            tempConfig.SiteKey,
			SiteName:           siteName,
			Host:               tempConfig.Host,
			Port:               tempConfig.Port,
			Scheme:             tempConfig.Scheme,
			DisplayURL:         rawURL,
			HealthCheckEnabled: true,
			CheckInterval:      300,
			Timeout:            10,
			UserAgent:          "Nginx-UI Site Checker/1.0",
			MaxRedirects:       3,
			FollowRedirects:    true,
			CheckFavicon:       true,
		}

		// Create the record in database
		if err := sc.Create(newConfig); err != nil {
			logger.Errorf("Failed to create site config for %s: %v", rawURL, err)
			// Return temp config with a fake ID to avoid crashes
			tempConfig.ID = 0
			return tempConfig
		}

		// Cache the new config
		setCachedSiteConfig(tempConfig.SiteKey, newConfig)
		return newConfig
	}

	// Record exists, ensure it has the correct URL information
	if siteConfig.DisplayURL == "" {
		siteConfig.DisplayURL = rawURL
		siteConfig.SetFromURL(rawURL)
		// Try to save the updated config, but don't fail if it doesn't work
		sc.Save(siteConfig)
	}

	// Cache the config
	setCachedSiteConfig(tempConfig.SiteKey, siteConfig)
	return siteConfig
}
