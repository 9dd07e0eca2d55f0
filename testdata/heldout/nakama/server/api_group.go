// Reproduces server/api_group.go of heroiclabs/nakama, trimmed to
// AddGroupUsers (upstream line 343; runtime hooks trimmed).
package server

import (
	"context"
	"errors"

	"example.com/heldout/nakama/pkg/grpc/codes"
	"example.com/heldout/nakama/pkg/grpc/status"
	"example.com/heldout/nakama/pkg/nakama-common/api"
	"example.com/heldout/nakama/pkg/nakama-common/runtime"
	"example.com/heldout/nakama/pkg/uuid"
)

// AddGroupUsers reproduces api_group.go:343.
func (s *ApiServer) AddGroupUsers(ctx context.Context, in *api.AddGroupUsersRequest) (*struct{}, error) {
	userID := ctx.Value(ctxUserIDKey{}).(uuid.UUID)
	logger, _ := LoggerWithTraceId(ctx, s.logger)

	if in.GetGroupId() == "" {
		return nil, status.Error(codes.InvalidArgument, "Group ID must be set.")
	}

	groupID, err := uuid.FromString(in.GetGroupId())
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, "Group ID must be a valid ID.")
	}

	if len(in.GetUserIds()) == 0 {
		return &struct{}{}, nil
	}

	userIDs := make([]uuid.UUID, 0, len(in.GetUserIds()))
	for _, id := range in.GetUserIds() {
		uid := uuid.FromStringOrNil(id)
		if uid == uuid.Nil {
			return nil, status.Error(codes.InvalidArgument, "User ID must be a valid ID.")
		}
		userIDs = append(userIDs, uid)
	}

	err = AddGroupUsers(ctx, logger, s.db, s.tracker, s.router, userID, groupID, userIDs)
	if err != nil {
		switch {
		case errors.Is(err, runtime.ErrGroupPermissionDenied):
			return nil, status.Error(codes.NotFound, "Group not found or permission denied.")
		case errors.Is(err, runtime.ErrGroupFull):
			return nil, status.Error(codes.InvalidArgument, "Group is full.")
		case errors.Is(err, runtime.ErrGroupUserNotFound):
			return nil, status.Error(codes.InvalidArgument, "One or more users not found.")
		default:
			return nil, status.Error(codes.Internal, "Error while trying to add users to a group.")
		}
	}

	return &struct{}{}, nil
}
