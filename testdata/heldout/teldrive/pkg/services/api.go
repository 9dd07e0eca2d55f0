// Package services reproduces github.com/tgdrive/teldrive/pkg/services (the
// ogen api.Handler implementation), reduced to the get-or-create paths.
package services

import (
	"context"

	"example.com/heldout/teldrive/internal/cache"
	"example.com/heldout/teldrive/internal/tgc"
	"example.com/heldout/teldrive/pkg/repositories"
)

// apiService reproduces pkg/services/api.go:27 (subset).
type apiService struct {
	cache            cache.Cacher
	channelManager   ChannelManager
	repo             *repositories.Repositories
	autoChannelCreat bool
}

// NewApiService wires the reproduced service.
func NewApiService(repo *repositories.Repositories, cm ChannelManager, c cache.Cacher, autoChannelCreate bool) *apiService {
	return &apiService{repo: repo, channelManager: cm, cache: c, autoChannelCreat: autoChannelCreate}
}

// apiError reproduces pkg/services/api.go:123.
type apiError struct {
	err  error
	code int
}

func (a apiError) Error() string {
	return a.err.Error()
}

func (a *apiError) Unwrap() error {
	return a.err
}

// ChannelManager reproduces pkg/services/telegram.go:53 (subset).
type ChannelManager interface {
	CurrentChannel(ctx context.Context, userID int64) (int64, error)
	ChannelLimitReached(channelID int64) bool
	CreateNewChannel(ctx context.Context, newChannelName string, userID int64, setDefault bool) (int64, error)
}

var _ ChannelManager = (*tgc.ChannelManager)(nil)

// IsNoDefaultChannelError reproduces pkg/services/telegram.go:490.
func IsNoDefaultChannelError(err error) bool {
	return err == tgc.ErrNoDefaultChannel
}
