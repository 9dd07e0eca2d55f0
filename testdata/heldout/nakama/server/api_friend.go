// Reproduces server/api_friend.go of heroiclabs/nakama, trimmed to BlockFriends
// (upstream line 314; runtime hooks and the username -> id lookup fetchUserID
// trimmed).
package server

import (
	"context"

	"example.com/heldout/nakama/pkg/grpc/codes"
	"example.com/heldout/nakama/pkg/grpc/status"
	"example.com/heldout/nakama/pkg/nakama-common/api"
	"example.com/heldout/nakama/pkg/uuid"
)

// BlockFriends reproduces api_friend.go:314.
func (s *ApiServer) BlockFriends(ctx context.Context, in *api.BlockFriendsRequest) (*struct{}, error) {
	userID := ctx.Value(ctxUserIDKey{}).(uuid.UUID)
	logger, _ := LoggerWithTraceId(ctx, s.logger)

	if len(in.GetIds()) == 0 && len(in.GetUsernames()) == 0 {
		return &struct{}{}, nil
	}

	for _, id := range in.GetIds() {
		if userID.String() == id {
			return nil, status.Error(codes.InvalidArgument, "Cannot block self.")
		}
		if uid, err := uuid.FromString(id); err != nil || uid == uuid.Nil {
			return nil, status.Error(codes.InvalidArgument, "Invalid user ID '"+id+"'.")
		}
	}

	allIDs := make([]string, 0, len(in.GetIds()))
	allIDs = append(allIDs, in.GetIds()...)

	if err := BlockFriends(ctx, logger, s.db, s.tracker, userID, allIDs); err != nil {
		return nil, status.Error(codes.Internal, "Error while trying to block friends.")
	}

	return &struct{}{}, nil
}
