// Reproduces server/api_link.go of heroiclabs/nakama, trimmed to LinkDevice
// (upstream line 118; runtime hooks trimmed).
package server

import (
	"context"

	"example.com/heldout/nakama/pkg/nakama-common/api"
	"example.com/heldout/nakama/pkg/uuid"
)

// LinkDevice reproduces api_link.go:118.
func (s *ApiServer) LinkDevice(ctx context.Context, in *api.AccountDevice) (*struct{}, error) {
	userID := ctx.Value(ctxUserIDKey{}).(uuid.UUID)
	logger, _ := LoggerWithTraceId(ctx, s.logger)

	err := LinkDevice(ctx, logger, s.db, userID, in.Id)
	if err != nil {
		return nil, err
	}

	return &struct{}{}, nil
}
