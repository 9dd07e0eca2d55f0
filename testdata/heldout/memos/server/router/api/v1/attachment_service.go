package v1

import (
	"context"
	"encoding/binary"

	v1pb "example.com/heldout/memos/proto/gen/api/v1"
	"example.com/heldout/memos/store"
	"example.com/heldout/memos/third_party/grpc/codes"
	"example.com/heldout/memos/third_party/grpc/status"
)

// CreateAttachment reproduces server/router/api/v1/attachment_service.go:48
// (trimmed: filename/MIME validation, motion and media metadata, the upload
// size limit, EXIF stripping and SaveAttachmentBlob, :64-129 and :152-182, are
// dropped; the memo lookup and the insert are kept as upstream wrote them).
func (s *APIV1Service) CreateAttachment(ctx context.Context, request *v1pb.CreateAttachmentRequest) (*v1pb.Attachment, error) {
	user, err := s.fetchCurrentUser(ctx)
	if err != nil {
		return nil, status.Errorf(codes.Internal, "failed to get current user: %v", err)
	}
	if user == nil {
		return nil, status.Errorf(codes.Unauthenticated, "user not authenticated")
	}

	// Validate required fields
	if request.Attachment == nil {
		return nil, status.Errorf(codes.InvalidArgument, "attachment is required")
	}
	if request.Attachment.Filename == "" {
		return nil, status.Errorf(codes.InvalidArgument, "filename is required")
	}

	attachmentUID, err := ValidateAndGenerateUID(request.AttachmentId)
	if err != nil {
		return nil, err
	}

	create := &store.Attachment{
		UID:       attachmentUID,
		CreatorID: user.ID,
		Filename:  request.Attachment.Filename,
		Type:      request.Attachment.Type,
	}

	size := binary.Size(request.Attachment.Content)
	create.Size = int64(size)
	create.Blob = request.Attachment.Content

	if request.Attachment.Memo != nil {
		memoUID, err := ExtractMemoUIDFromName(*request.Attachment.Memo)
		if err != nil {
			return nil, status.Errorf(codes.InvalidArgument, "invalid memo name: %v", err)
		}
		memo, err := s.Store.GetMemo(ctx, &store.FindMemo{UID: &memoUID}) // safe: not-found returns NotFound (the parent memo must exist); the insert is of another model (attachment) keyed on a fresh or client-chosen uid that the code never looks up (UNIQUE attachment.uid)
		if err != nil {
			return nil, status.Errorf(codes.Internal, "failed to find memo: %v", err)
		}
		if memo == nil {
			return nil, status.Errorf(codes.NotFound, "memo not found: %s", *request.Attachment.Memo)
		}
		if !canModifyMemo(user, memo) {
			return nil, status.Errorf(codes.PermissionDenied, "permission denied")
		}
		if memo.CreatorID != user.ID {
			return nil, status.Errorf(codes.PermissionDenied, "attachments linked at creation must be owned by the memo creator")
		}
		create.MemoID = &memo.ID
	}

	attachment, err := s.Store.CreateAttachment(ctx, create)
	if err != nil {
		return nil, status.Errorf(codes.Internal, "failed to create attachment: %v", err)
	}

	return convertAttachmentFromStore(attachment), nil
}
