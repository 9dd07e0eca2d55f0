package services

import (
	"context"
	"errors"
	"strconv"

	"example.com/heldout/teldrive/internal/api"
	"example.com/heldout/teldrive/internal/auth"
	"example.com/heldout/teldrive/internal/cache"
	jetmodel "example.com/heldout/teldrive/internal/database/jet/gen/model"
	"example.com/heldout/teldrive/pkg/repositories"
)

// UsersCreateChannel reproduces pkg/services/user.go:89.
func (a *apiService) UsersCreateChannel(ctx context.Context, req *api.Channel) error {
	userID := auth.User(ctx)
	_, err := a.channelManager.CreateNewChannel(ctx, req.ChannelName, userID, false)
	if err != nil {
		return &apiError{err: err}
	}
	return nil
}

// UsersUpdateChannel reproduces pkg/services/user.go:365: select a channel as
// the default, registering it first when it has no row yet.
func (a *apiService) UsersUpdateChannel(ctx context.Context, req *api.ChannelUpdate) error {
	userId := auth.User(ctx)

	channelID := req.ChannelId.Value
	if channelID == 0 {
		return &apiError{err: errors.New("channel id is required"), code: 400}
	}

	err := a.repo.WithTx(ctx, func(txCtx context.Context) error {
		_, err := a.repo.Channels.GetByChannelID(txCtx, channelID) // race
		if err != nil {
			if errors.Is(err, repositories.ErrNotFound) {
				name := req.ChannelName.Value
				if name == "" {
					name = strconv.FormatInt(channelID, 10)
				}
				selected := true
				if err := a.repo.Channels.Create(txCtx, &jetmodel.Channels{UserID: userId, ChannelID: channelID, ChannelName: name, Selected: &selected}); err != nil {
					return errors.New("failed to update channel")
				}
			} else {
				return errors.New("failed to update channel")
			}
		}

		allChannels, err := a.repo.Channels.GetByUserID(txCtx, userId)
		if err == nil {
			for _, c := range allChannels {
				selected := c.ChannelID == channelID
				if err := a.repo.Channels.Update(txCtx, c.ChannelID, repositories.ChannelUpdate{Selected: &selected}); err != nil {
					return err
				}
			}
		}

		return nil
	})
	if err != nil {
		return &apiError{err: err}
	}

	a.cache.Set(ctx, cache.KeyUserChannel(userId), channelID, 0)
	return nil
}
