// Package handler reproduces internal/handler/echo/echo.go (CreateTag).
package handler

import (
	"context"

	model "example.com/heldout/ech0/internal/model/echo"
)

// EchoService is the service port used by the handler.
type EchoService interface {
	CreateTag(ctx context.Context, name string) (*model.Tag, error)
}

// EchoHandler is internal/handler/echo/echo.go.
type EchoHandler struct {
	echoService EchoService
}

// NewEchoHandler builds the handler.
func NewEchoHandler(echoService EchoService) *EchoHandler {
	return &EchoHandler{echoService: echoService}
}

// CreateTagInput is internal/handler/echo/echo.go:58.
type CreateTagInput struct {
	Body struct {
		Name string `json:"name"`
	}
}

// TagOutput stands in for commonModel.Result[*model.Tag].
type TagOutput struct {
	Data *model.Tag
}

// CreateTag is internal/handler/echo/echo.go:191 (POST /tag, router/echo.go:143).
func (echoHandler *EchoHandler) CreateTag(ctx context.Context, in *CreateTagInput) (TagOutput, error) {
	tag, err := echoHandler.echoService.CreateTag(ctx, in.Body.Name)
	if err != nil {
		return TagOutput{}, err
	}
	return TagOutput{Data: tag}, nil
}
