package v1

import (
	"context"

	v1pb "example.com/heldout/memos/proto/gen/api/v1"
	storepb "example.com/heldout/memos/proto/gen/store"
	"example.com/heldout/memos/store"
	"example.com/heldout/memos/third_party/grpc/codes"
	"example.com/heldout/memos/third_party/grpc/status"
)

// UpdateUserSetting reproduces server/router/api/v1/user_service_settings.go:53.
func (s *APIV1Service) UpdateUserSetting(ctx context.Context, request *v1pb.UpdateUserSettingRequest) (*v1pb.UserSetting, error) {
	// Parse resource name: users/{user}/settings/{setting}
	user, settingKey, err := s.resolveUserAndSettingKeyFromName(ctx, request.Setting.Name)
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "invalid resource name: %v", err)
	}
	userID := user.ID

	currentUser, err := s.fetchCurrentUser(ctx)
	if err != nil {
		return nil, status.Errorf(codes.Internal, "failed to get current user: %v", err)
	}
	if currentUser == nil {
		return nil, status.Errorf(codes.Unauthenticated, "user not authenticated")
	}

	// Only allow user to update their own settings
	if currentUser.ID != userID {
		return nil, status.Errorf(codes.PermissionDenied, "permission denied")
	}

	if request.UpdateMask == nil || len(request.UpdateMask.Paths) == 0 {
		return nil, status.Errorf(codes.InvalidArgument, "update mask is empty")
	}

	// Convert setting key string to store enum
	storeKey, err := convertSettingKeyToStore(settingKey)
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "invalid setting key: %v", err)
	}

	var updatedSetting *v1pb.UserSetting
	switch storeKey {
	case storepb.UserSetting_GENERAL:
		existingUserSetting, err := s.Store.GetUserSetting(ctx, &store.FindUserSetting{ // safe: upsert: the write is UpsertUserSetting, INSERT ... ON CONFLICT(user_id, key) DO UPDATE on UNIQUE(user_id, key)
			UserID: &userID,
			Key:    storeKey,
		})
		if err != nil {
			return nil, status.Errorf(codes.Internal, "failed to get existing general setting: %v", err)
		}

		// Seed the merge from the shared store→API converter, which already falls
		// back to defaults when the setting (or its general value) is missing.
		updatedGeneral := convertUserSettingFromStore(existingUserSetting, user, storeKey).GetGeneralSetting()

		incomingGeneral := request.Setting.GetGeneralSetting()
		if incomingGeneral == nil {
			return nil, status.Errorf(codes.InvalidArgument, "general setting is required")
		}
		for _, field := range request.UpdateMask.Paths {
			switch field {
			case "memo_visibility":
				updatedGeneral.MemoVisibility = incomingGeneral.MemoVisibility
			case "theme":
				updatedGeneral.Theme = incomingGeneral.Theme
			case "locale":
				updatedGeneral.Locale = incomingGeneral.Locale
			case "save_media_metadata":
				updatedGeneral.SaveMediaMetadata = incomingGeneral.SaveMediaMetadata
			default:
				// Ignore unsupported fields.
			}
		}

		updatedSetting = &v1pb.UserSetting{
			Name: request.Setting.Name,
			Value: &v1pb.UserSetting_GeneralSetting_{
				GeneralSetting: updatedGeneral,
			},
		}
	case storepb.UserSetting_TAGS:
		var shouldUpdateTags bool
		for _, field := range request.UpdateMask.Paths {
			switch field {
			case "tags":
				shouldUpdateTags = true
			default:
				return nil, status.Errorf(codes.InvalidArgument, "unsupported update mask path for tags setting: %s", field)
			}
		}
		if !shouldUpdateTags {
			return nil, status.Errorf(codes.InvalidArgument, "update mask must include tags")
		}

		incomingTags := request.Setting.GetTagsSetting()
		if incomingTags == nil {
			return nil, status.Errorf(codes.InvalidArgument, "tags setting is required")
		}
		if err := validateUserTagsSetting(incomingTags); err != nil {
			return nil, status.Errorf(codes.InvalidArgument, "invalid user tags setting: %v", err)
		}
		updatedSetting = &v1pb.UserSetting{
			Name: request.Setting.Name,
			Value: &v1pb.UserSetting_TagsSetting_{
				TagsSetting: incomingTags,
			},
		}
	default:
		return nil, status.Errorf(codes.InvalidArgument, "setting type %s should not be updated via UpdateUserSetting", storeKey.String())
	}

	// Convert API setting to store setting
	storeSetting, err := convertUserSettingToStore(updatedSetting, userID, storeKey)
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "failed to convert setting: %v", err)
	}

	// Upsert the setting
	if _, err := s.Store.UpsertUserSetting(ctx, storeSetting); err != nil {
		return nil, status.Errorf(codes.Internal, "failed to upsert user setting: %v", err)
	}

	return s.GetUserSetting(ctx, &v1pb.GetUserSettingRequest{Name: request.Setting.Name})
}
