package v1

import (
	"context"

	v1pb "example.com/heldout/memos/proto/gen/api/v1"
	"example.com/heldout/memos/store"
	"example.com/heldout/memos/third_party/grpc/codes"
	"example.com/heldout/memos/third_party/grpc/status"
)

// CreateMemoComment reproduces server/router/api/v1/memo_service_comments.go:19
// (cut after the relation insert at :75: the relation reload, inbox, webhook,
// mention and SSE side effects, :84-133, are dropped; proto.Clone of the comment
// is a struct copy).
// CreateMemoComment creates a comment on an existing memo.
func (s *APIV1Service) CreateMemoComment(ctx context.Context, request *v1pb.CreateMemoCommentRequest) (*v1pb.Memo, error) {
	memoUID, err := ExtractMemoUIDFromName(request.Name)
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "invalid memo name: %v", err)
	}
	relatedMemo, err := s.Store.GetMemo(ctx, &store.FindMemo{UID: &memoUID}) // safe: not-found returns NotFound (the parent memo must exist); the inserts are of other rows: a new comment memo with a fresh uid and a memo_relation written with ON CONFLICT (memo_id, related_memo_id, type) DO UPDATE
	if err != nil {
		return nil, status.Errorf(codes.Internal, "failed to get memo")
	}
	if relatedMemo == nil {
		return nil, status.Errorf(codes.NotFound, "memo not found")
	}

	// Check memo visibility before allowing comment.
	user, err := s.fetchCurrentUser(ctx)
	if err != nil {
		return nil, status.Errorf(codes.Internal, "failed to get user")
	}
	if user == nil {
		return nil, status.Errorf(codes.Unauthenticated, "user not authenticated")
	}
	if err := s.checkMemoAndParentReadAccess(ctx, relatedMemo); err != nil {
		return nil, err
	}
	if relatedMemo.RowStatus != store.Normal {
		return nil, status.Errorf(codes.FailedPrecondition, "cannot comment on an archived memo")
	}
	if request.Comment == nil {
		return nil, status.Errorf(codes.InvalidArgument, "comment is required")
	}

	clone := *request.Comment
	comment := &clone
	comment.Visibility = convertVisibilityFromStore(relatedMemo.Visibility)

	// Create the memo comment first; suppress the generic memo.created SSE event
	// since CreateMemoComment broadcasts memo.comment.created for the parent instead.
	memoComment, err := s.CreateMemo(withSuppressMentionNotifications(withSuppressSSE(ctx)), &v1pb.CreateMemoRequest{
		Memo:   comment,
		MemoId: request.CommentId,
	})
	if err != nil {
		return nil, status.Errorf(codes.Internal, "failed to create memo")
	}
	memoUID, err = ExtractMemoUIDFromName(memoComment.Name)
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "invalid memo name: %v", err)
	}
	memo, err := s.Store.GetMemo(ctx, &store.FindMemo{UID: &memoUID})
	if err != nil {
		return nil, status.Errorf(codes.Internal, "failed to get memo")
	}

	// Build the relation between the comment memo and the original memo.
	_, err = s.Store.UpsertMemoRelation(ctx, &store.MemoRelation{
		MemoID:        memo.ID,
		RelatedMemoID: relatedMemo.ID,
		Type:          store.MemoRelationComment,
	})
	if err != nil {
		return nil, status.Errorf(codes.Internal, "failed to create memo relation")
	}

	return memoComment, nil
}
