// Package handler reproduces internal/handler/comment/comment.go.
package handler

import (
	"context"

	model "example.com/heldout/ech0/internal/model/comment"
)

// CommentService is internal/service/comment/ports.go:14 (reduced).
type CommentService interface {
	CreateComment(ctx context.Context, clientIP, userAgent string, dto *model.CreateCommentDto) (model.CreateCommentResult, error)
	CreateIntegrationComment(ctx context.Context, clientIP, userAgent string, dto *model.CreateIntegrationCommentDto) (model.CreateCommentResult, error)
	UpdateSystemSetting(ctx context.Context, setting model.SystemSetting) error
}

// CommentHandler is internal/handler/comment/comment.go.
type CommentHandler struct {
	commentService CommentService
}

// NewCommentHandler builds the handler.
func NewCommentHandler(commentService CommentService) *CommentHandler {
	return &CommentHandler{commentService: commentService}
}

type requestMeta struct {
	clientIP  string
	userAgent string
}

type metaKey struct{}

func metaFrom(ctx context.Context) requestMeta {
	if m, ok := ctx.Value(metaKey{}).(requestMeta); ok {
		return m
	}
	return requestMeta{}
}

// CreateCommentInput is the huma input of POST /comments.
type CreateCommentInput struct {
	Body model.CreateCommentDto
}

// CreateIntegrationCommentInput is the huma input of POST /comments/integration.
type CreateIntegrationCommentInput struct {
	Body model.CreateIntegrationCommentDto
}

// UpdateSettingInput is the huma input of the comment settings update.
type UpdateSettingInput struct {
	Body model.SystemSetting
}

// CreateCommentOutput stands in for commonModel.Result[model.CreateCommentResult].
type CreateCommentOutput struct {
	Data model.CreateCommentResult
}

// EmptyOutput stands in for commonModel.Result[any].
type EmptyOutput struct{}

// CreateComment is internal/handler/comment/comment.go:148 (POST /comments, router/comment.go:69).
func (h *CommentHandler) CreateComment(ctx context.Context, in *CreateCommentInput) (CreateCommentOutput, error) {
	m := metaFrom(ctx)
	result, err := h.commentService.CreateComment(ctx, m.clientIP, m.userAgent, &in.Body)
	if err != nil {
		return CreateCommentOutput{}, err
	}
	return CreateCommentOutput{Data: result}, nil
}

// CreateIntegrationComment is internal/handler/comment/comment.go:158 (POST /comments/integration, router/comment.go:79).
func (h *CommentHandler) CreateIntegrationComment(ctx context.Context, in *CreateIntegrationCommentInput) (CreateCommentOutput, error) {
	m := metaFrom(ctx)
	result, err := h.commentService.CreateIntegrationComment(ctx, m.clientIP, m.userAgent, &in.Body)
	if err != nil {
		return CreateCommentOutput{}, err
	}
	return CreateCommentOutput{Data: result}, nil
}

// UpdateSystemSetting is internal/handler/comment/comment.go:233 (reduced).
func (h *CommentHandler) UpdateSystemSetting(ctx context.Context, in *UpdateSettingInput) (EmptyOutput, error) {
	if err := h.commentService.UpdateSystemSetting(ctx, in.Body); err != nil {
		return EmptyOutput{}, err
	}
	return EmptyOutput{}, nil
}
