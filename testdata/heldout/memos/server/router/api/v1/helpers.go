package v1

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"example.com/heldout/memos/internal/base"
	"example.com/heldout/memos/internal/util"
	v1pb "example.com/heldout/memos/proto/gen/api/v1"
	storepb "example.com/heldout/memos/proto/gen/store"
	"example.com/heldout/memos/store"
	"example.com/heldout/memos/third_party/grpc/codes"
	"example.com/heldout/memos/third_party/grpc/status"
	"example.com/heldout/memos/third_party/pkg/errors"
)

var usernameMatcher = regexp.MustCompile(`^[a-zA-Z0-9]([a-zA-Z0-9_.-]{0,34}[a-zA-Z0-9])?$`)

// validateWritableUsername stands in for server/router/api/v1/user_resource_name.go:29.
func validateWritableUsername(username string) error {
	if !usernameMatcher.MatchString(username) {
		return errors.Errorf("invalid username %q", username)
	}
	return nil
}

// validatePassword stands in for server/router/api/v1/user_service.go:25.
func validatePassword(password string) error {
	if len(password) < 3 {
		return errors.New("password is too short")
	}
	return nil
}

// validateUserTagsSetting stands in for server/router/api/v1/user_service.go:32.
func validateUserTagsSetting(setting *v1pb.UserSetting_TagsSetting) error {
	if setting == nil {
		return errors.New("tags setting is required")
	}
	return nil
}

// convertUserRoleToStore stands in for server/router/api/v1/user_service_converters.go:62.
func convertUserRoleToStore(role v1pb.User_Role) store.Role {
	if role == v1pb.User_ADMIN {
		return store.RoleAdmin
	}
	return store.RoleUser
}

// convertUserRoleFromStore stands in for the converter of the same name.
func convertUserRoleFromStore(role store.Role) v1pb.User_Role {
	if role == store.RoleAdmin {
		return v1pb.User_ADMIN
	}
	return v1pb.User_USER
}

// convertUserFromStore stands in for the converter of the same name.
func convertUserFromStore(user *store.User, _ *store.User) *v1pb.User {
	return &v1pb.User{
		Name:        "users/" + user.Username,
		Username:    user.Username,
		Role:        convertUserRoleFromStore(user.Role),
		Email:       user.Email,
		DisplayName: user.Nickname,
	}
}

// ResolveUserByName stands in for server/router/api/v1/user_resource_name.go:37.
func ResolveUserByName(ctx context.Context, stores *store.Store, name string) (*store.User, error) {
	username := strings.TrimPrefix(name, "users/")
	return stores.GetUser(ctx, &store.FindUser{Username: &username})
}

// resolveUserAndSettingKeyFromName stands in for server/router/api/v1/user_service.go:491.
func (s *APIV1Service) resolveUserAndSettingKeyFromName(ctx context.Context, name string) (*store.User, string, error) {
	parts := strings.Split(name, "/")
	if len(parts) != 4 || parts[0] != "users" || parts[2] != "settings" {
		return nil, "", errors.Errorf("invalid setting name: %s", name)
	}
	user, err := ResolveUserByName(ctx, s.Store, "users/"+parts[1])
	if err != nil {
		return nil, "", err
	}
	if user == nil {
		return nil, "", errors.Errorf("user not found: %s", parts[1])
	}
	return user, parts[3], nil
}

// convertSettingKeyToStore stands in for server/router/api/v1/user_service_converters.go:85.
func convertSettingKeyToStore(key string) (storepb.UserSetting_Key, error) {
	switch key {
	case "GENERAL":
		return storepb.UserSetting_GENERAL, nil
	case "TAGS":
		return storepb.UserSetting_TAGS, nil
	default:
		return storepb.UserSetting_KEY_UNSPECIFIED, errors.Errorf("invalid setting key: %s", key)
	}
}

// convertUserSettingFromStore stands in for server/router/api/v1/user_service_converters.go:151.
func convertUserSettingFromStore(storeSetting *storepb.UserSetting, user *store.User, key storepb.UserSetting_Key) *v1pb.UserSetting {
	name := fmt.Sprintf("users/%s/settings/%s", user.Username, key.String())
	general := &v1pb.UserSetting_GeneralSetting{Locale: "en", Theme: "system", MemoVisibility: "PRIVATE"}
	if g := storeSetting.GetGeneral(); g != nil {
		general = &v1pb.UserSetting_GeneralSetting{Locale: g.Locale, Theme: g.Theme, MemoVisibility: g.MemoVisibility, SaveMediaMetadata: g.SaveMediaMetadata}
	}
	return &v1pb.UserSetting{Name: name, Value: &v1pb.UserSetting_GeneralSetting_{GeneralSetting: general}}
}

// convertUserSettingToStore stands in for server/router/api/v1/user_service_converters.go:233.
func convertUserSettingToStore(apiSetting *v1pb.UserSetting, userID int32, key storepb.UserSetting_Key) (*storepb.UserSetting, error) {
	switch key {
	case storepb.UserSetting_GENERAL:
		g := apiSetting.GetGeneralSetting()
		return &storepb.UserSetting{UserId: userID, Key: key, Value: &storepb.UserSetting_General{General: &storepb.GeneralUserSetting{
			Locale: g.Locale, Theme: g.Theme, MemoVisibility: g.MemoVisibility, SaveMediaMetadata: g.SaveMediaMetadata,
		}}}, nil
	case storepb.UserSetting_TAGS:
		return &storepb.UserSetting{UserId: userID, Key: key, Value: &storepb.UserSetting_Tags{Tags: &storepb.TagsUserSetting{Tags: apiSetting.GetTagsSetting().Tags}}}, nil
	default:
		return nil, errors.Errorf("unsupported setting key: %v", key)
	}
}

// GetUserSetting stands in for server/router/api/v1/user_service_settings.go:15.
func (s *APIV1Service) GetUserSetting(ctx context.Context, request *v1pb.GetUserSettingRequest) (*v1pb.UserSetting, error) {
	user, settingKey, err := s.resolveUserAndSettingKeyFromName(ctx, request.Name)
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "invalid resource name: %v", err)
	}
	storeKey, err := convertSettingKeyToStore(settingKey)
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "invalid setting key: %v", err)
	}
	userSetting, err := s.Store.GetUserSetting(ctx, &store.FindUserSetting{UserID: &user.ID, Key: storeKey})
	if err != nil {
		return nil, status.Errorf(codes.Internal, "failed to get user setting: %v", err)
	}
	return convertUserSettingFromStore(userSetting, user, storeKey), nil
}

// ExtractMemoUIDFromName stands in for server/router/api/v1/resource_name.go:82.
func ExtractMemoUIDFromName(name string) (string, error) {
	uid, ok := strings.CutPrefix(name, "memos/")
	if !ok || uid == "" || strings.Contains(uid, "/") {
		return "", errors.Errorf("invalid memo name %q", name)
	}
	return uid, nil
}

// buildMemoName stands in for server/router/api/v1/sse_event_helpers.go:5.
func buildMemoName(uid string) string {
	return "memos/" + uid
}

// ValidateAndGenerateUID reproduces server/router/api/v1/resource_name.go:140.
// ValidateAndGenerateUID validates a user-provided UID or generates a new one.
// If provided is empty, a new shortuuid is generated.
// If provided is non-empty, it is validated against base.UIDMatcher.
func ValidateAndGenerateUID(provided string) (string, error) {
	uid := strings.TrimSpace(provided)
	if uid == "" {
		return util.ShortUUID(), nil
	}
	if !base.UIDMatcher.MatchString(uid) {
		return "", status.Errorf(codes.InvalidArgument, "invalid UID: must be 1-36 characters, contain only letters, digits, or hyphens, and start and end with a letter or digit")
	}
	return uid, nil
}

// isSuperUser stands in for server/router/api/v1/common.go:77.
func isSuperUser(user *store.User) bool {
	return user != nil && user.Role == store.RoleAdmin
}

// canModifyMemo stands in for server/router/api/v1/common.go:81.
func canModifyMemo(user *store.User, memo *store.Memo) bool {
	return user != nil && memo != nil && (memo.CreatorID == user.ID || isSuperUser(user))
}

// convertVisibilityFromStore stands in for server/router/api/v1/memo_service_converter.go:349.
func convertVisibilityFromStore(visibility store.Visibility) v1pb.Visibility {
	switch visibility {
	case store.Public:
		return v1pb.Visibility_PUBLIC
	case store.Protected:
		return v1pb.Visibility_PROTECTED
	default:
		return v1pb.Visibility_PRIVATE
	}
}

// convertVisibilityToStore stands in for server/router/api/v1/memo_service_converter.go:362.
func convertVisibilityToStore(visibility v1pb.Visibility) store.Visibility {
	switch visibility {
	case v1pb.Visibility_PUBLIC:
		return store.Public
	case v1pb.Visibility_PROTECTED:
		return store.Protected
	default:
		return store.Private
	}
}

// checkMemoAndParentReadAccess stands in for server/router/api/v1/memo_service.go:43.
func (s *APIV1Service) checkMemoAndParentReadAccess(ctx context.Context, memo *store.Memo) error {
	user, _ := s.fetchCurrentUser(ctx)
	if memo.Visibility == store.Private && (user == nil || (memo.CreatorID != user.ID && !isSuperUser(user))) {
		return status.Errorf(codes.PermissionDenied, "permission denied")
	}
	return nil
}

// convertReactionFromStore stands in for server/router/api/v1/reaction_service.go:168.
func (s *APIV1Service) convertReactionFromStore(_ context.Context, reaction *store.Reaction, memoName string) (*v1pb.Reaction, error) {
	return &v1pb.Reaction{
		Name:         fmt.Sprintf("%s/reactions/%d", memoName, reaction.ID),
		ContentId:    memoName,
		ReactionType: reaction.ReactionType,
	}, nil
}

// convertMemoFromStore stands in for server/router/api/v1/memo_service_converter.go.
func (s *APIV1Service) convertMemoFromStore(_ context.Context, memo *store.Memo) (*v1pb.Memo, error) {
	return &v1pb.Memo{
		Name:       buildMemoName(memo.UID),
		Creator:    fmt.Sprintf("users/%d", memo.CreatorID),
		Content:    memo.Content,
		Visibility: convertVisibilityFromStore(memo.Visibility),
	}, nil
}

// convertMemoShareFromStore stands in for server/router/api/v1/memo_share_service.go.
func convertMemoShareFromStore(ms *store.MemoShare, memoUID string) *v1pb.MemoShare {
	return &v1pb.MemoShare{Name: fmt.Sprintf("memos/%s/shares/%s", memoUID, ms.UID)}
}

// convertAttachmentFromStore stands in for server/router/api/v1/attachment_service.go.
func convertAttachmentFromStore(attachment *store.Attachment) *v1pb.Attachment {
	return &v1pb.Attachment{Name: "attachments/" + attachment.UID, Filename: attachment.Filename, Type: attachment.Type}
}

type suppressSSEKey struct{}

// withSuppressSSE stands in for server/router/api/v1/memo_service.go:30.
func withSuppressSSE(ctx context.Context) context.Context {
	return context.WithValue(ctx, suppressSSEKey{}, true)
}

type suppressMentionKey struct{}

// withSuppressMentionNotifications stands in for server/router/api/v1/memo_mention_helpers.go:17.
func withSuppressMentionNotifications(ctx context.Context) context.Context {
	return context.WithValue(ctx, suppressMentionKey{}, true)
}
