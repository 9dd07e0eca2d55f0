// Package tgc reproduces internal/tgc/channel_manager.go of teldrive.
package tgc

import (
	"context"
	"fmt"
	"time"

	"example.com/heldout/teldrive/internal/auth"
	"example.com/heldout/teldrive/internal/cache"
	jetmodel "example.com/heldout/teldrive/internal/database/jet/gen/model"
	"example.com/heldout/teldrive/pkg/repositories"
)

// ErrNoDefaultChannel reproduces internal/tgc/channel_manager.go:24.
var (
	ErrNoDefaultChannel = fmt.Errorf("no default channel found")
)

// TelegramChannelCreator stands in for the gotd client block of
// CreateNewChannel (channel_manager.go:103-157: AuthClient, client.Run,
// ChannelsCreateChannel, peer storage, AddBotsToChannel): it creates a
// broadcast channel on Telegram and returns the id Telegram assigned.
type TelegramChannelCreator func(ctx context.Context, tgSession, title string) (int64, error)

// ChannelManager reproduces internal/tgc/channel_manager.go:27.
type ChannelManager struct {
	repo          *repositories.Repositories
	cache         cache.Cacher
	channelLimit  int
	createChannel TelegramChannelCreator
	countParts    func(ctx context.Context, channelID int64) (int64, error)
}

// NewChannelManager reproduces internal/tgc/channel_manager.go:33.
func NewChannelManager(repo *repositories.Repositories, cache cache.Cacher, channelLimit int, create TelegramChannelCreator,
	countParts func(ctx context.Context, channelID int64) (int64, error)) *ChannelManager {
	return &ChannelManager{
		repo:          repo,
		cache:         cache,
		channelLimit:  channelLimit,
		createChannel: create,
		countParts:    countParts,
	}
}

// ChannelLimitReached reproduces internal/tgc/channel_manager.go:45.
func (cm *ChannelManager) ChannelLimitReached(channelID int64) bool {
	totalParts, err := cm.countParts(context.Background(), channelID)
	if err != nil {
		return false
	}

	return totalParts >= int64(cm.channelLimit)
}

// CurrentChannel reproduces internal/tgc/channel_manager.go:54.
func (cm *ChannelManager) CurrentChannel(ctx context.Context, userID int64) (int64, error) {
	return cache.Fetch(ctx, cm.cache, cache.KeyUserChannel(userID), 0, func() (int64, error) {
		selected, err := cm.repo.Channels.GetSelected(ctx, userID)
		if err != nil {
			return 0, err
		}
		return selected.ChannelID, nil
	})
}

// CreateNewChannel reproduces internal/tgc/channel_manager.go:71. The
// "distributed lock" is acquireAdvisoryLock, which does nothing (:205).
func (cm *ChannelManager) CreateNewChannel(ctx context.Context, newChannelName string, userID int64, setDefault bool) (int64, error) {
	// Acquire distributed lock to prevent race conditions in multi-instance setups
	lockID := cm.generateLockID(userID, "channel_rollover")

	// Try to acquire lock (10 second timeout)
	lockCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()

	if err := cm.acquireAdvisoryLock(lockCtx, lockID); err != nil {
		return 0, fmt.Errorf("failed to acquire channel creation lock: %w", err)
	}
	defer cm.releaseAdvisoryLock(context.Background(), lockID)

	// Double-check: Was a channel created recently by another instance?
	recentChannel, err := cm.getChannelCreatedAfter(ctx, userID, time.Now().Add(-10*time.Second)) // race; no unique key: channels has only PRIMARY KEY (channel_id) (20231102165658_tables.sql:45), nothing per user, and acquireAdvisoryLock is a no-op
	if err != nil {
		return 0, err
	}
	if recentChannel != nil {
		// Another instance already created channel - use it!
		return recentChannel.ChannelID, nil
	}

	if newChannelName == "" {
		newChannelName = fmt.Sprintf("storage_%d", time.Now().Unix())
	}

	jwtUser := auth.JWTUser(ctx)
	if jwtUser == nil {
		return 0, fmt.Errorf("no JWT user found in context")
	}

	newChannelID, err := cm.createChannel(ctx, jwtUser.TgSession, newChannelName)
	if err != nil {
		return 0, fmt.Errorf("failed to create Telegram channel: %w", err)
	}

	selected := setDefault
	newChannelRecord := jetmodel.Channels{
		ChannelName: newChannelName,
		ChannelID:   newChannelID,
		UserID:      userID,
		Selected:    &selected,
	}

	if setDefault {
		err := cm.repo.WithTx(ctx, func(txCtx context.Context) error {
			channels, err := cm.repo.Channels.GetByUserID(txCtx, userID)
			if err != nil {
				return fmt.Errorf("failed to list channels: %w", err)
			}
			for _, c := range channels {
				sel := false
				if err := cm.repo.Channels.Update(txCtx, c.ChannelID, repositories.ChannelUpdate{Selected: &sel}); err != nil {
					return fmt.Errorf("failed to reset selected channels: %w", err)
				}
			}
			if err := cm.repo.Channels.Create(txCtx, &newChannelRecord); err != nil {
				return fmt.Errorf("failed to create channel record: %w", err)
			}
			return nil
		})
		if err != nil {
			return 0, err
		}
		cm.cache.Delete(ctx, cache.KeyUserChannel(userID))
	} else {
		if err := cm.repo.Channels.Create(ctx, &newChannelRecord); err != nil {
			return 0, fmt.Errorf("failed to create channel record: %w", err)
		}
	}

	return newChannelID, nil
}

// generateLockID reproduces internal/tgc/channel_manager.go:198.
func (cm *ChannelManager) generateLockID(userID int64, operation string) int64 {
	// Use hash to generate unique int64 from userID + operation
	// PostgreSQL advisory locks use int64
	return userID*1000000 + int64(len(operation)) // Simple but effective
}

// acquireAdvisoryLock reproduces internal/tgc/channel_manager.go:205: a stub.
func (cm *ChannelManager) acquireAdvisoryLock(ctx context.Context, lockID int64) error {
	return nil
}

// releaseAdvisoryLock reproduces internal/tgc/channel_manager.go:210: a stub.
func (cm *ChannelManager) releaseAdvisoryLock(ctx context.Context, lockID int64) error {
	return nil
}

// getChannelCreatedAfter reproduces internal/tgc/channel_manager.go:215.
func (cm *ChannelManager) getChannelCreatedAfter(ctx context.Context, userID int64, after time.Time) (*jetmodel.Channels, error) {
	return cm.repo.Channels.GetByUserIDCreatedAfter(ctx, userID, after)
}
