package v1

import (
	"context"
	stderrors "errors"

	v1pb "example.com/heldout/memos/proto/gen/api/v1"
	"example.com/heldout/memos/store"
	"example.com/heldout/memos/third_party/grpc/codes"
	"example.com/heldout/memos/third_party/grpc/status"
)

// UpsertMemoReaction reproduces server/router/api/v1/reaction_service.go:61
// (trimmed: the SSE broadcast after the insert, :106-111, is dropped).
func (s *APIV1Service) UpsertMemoReaction(ctx context.Context, request *v1pb.UpsertMemoReactionRequest) (*v1pb.Reaction, error) {
	user, err := s.fetchCurrentUser(ctx)
	if err != nil {
		return nil, status.Errorf(codes.Internal, "failed to get current user")
	}
	if user == nil {
		return nil, status.Errorf(codes.Unauthenticated, "user not authenticated")
	}

	// Extract memo UID and check visibility before allowing reaction.
	memoUID, err := ExtractMemoUIDFromName(request.Name)
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "invalid memo name: %v", err)
	}
	memo, err := s.Store.GetMemo(ctx, &store.FindMemo{UID: &memoUID}) // safe: not-found returns NotFound (the parent memo must exist); the insert is of another model (reaction, keyed by UNIQUE(creator_id, memo_id, reaction_type), which this code never looks up)
	if err != nil {
		return nil, status.Errorf(codes.Internal, "failed to get memo: %v", err)
	}
	if memo == nil {
		return nil, status.Errorf(codes.NotFound, "memo not found")
	}

	// Check memo visibility.
	if memo.Visibility == store.Private && memo.CreatorID != user.ID && !isSuperUser(user) {
		return nil, status.Errorf(codes.PermissionDenied, "permission denied")
	}

	reaction, err := s.Store.UpsertReaction(ctx, &store.Reaction{
		CreatorID:    user.ID,
		MemoID:       memo.ID,
		ReactionType: request.Reaction.ReactionType,
	})
	if err != nil {
		if stderrors.Is(err, store.ErrReactionMemoNotFound) {
			return nil, status.Errorf(codes.NotFound, "memo not found")
		}
		return nil, status.Errorf(codes.Internal, "failed to upsert reaction")
	}

	memoName := buildMemoName(memo.UID)
	reactionMessage, err := s.convertReactionFromStore(ctx, reaction, memoName)
	if err != nil {
		return nil, status.Errorf(codes.Internal, "failed to convert reaction")
	}

	return reactionMessage, nil
}
