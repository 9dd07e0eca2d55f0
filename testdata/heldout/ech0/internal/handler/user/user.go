// Package handler reproduces internal/handler/user/user.go (Register).
package handler

import (
	"context"

	authModel "example.com/heldout/ech0/internal/model/auth"
)

// UserService is the service port used by the handler.
type UserService interface {
	Register(registerDto *authModel.RegisterDto) error
}

// UserHandler is internal/handler/user/user.go.
type UserHandler struct {
	userService UserService
}

// NewUserHandler builds the handler.
func NewUserHandler(userService UserService) *UserHandler {
	return &UserHandler{userService: userService}
}

// RegisterInput is the huma input of POST /register.
type RegisterInput struct {
	Body authModel.RegisterDto
}

// EmptyOutput stands in for commonModel.Result[any].
type EmptyOutput struct {
	Msg string
}

// Register is internal/handler/user/user.go:48 (POST /register, router/user.go:21).
func (userHandler *UserHandler) Register(ctx context.Context, in *RegisterInput) (EmptyOutput, error) {
	if err := userHandler.userService.Register(&in.Body); err != nil {
		return EmptyOutput{}, err
	}
	return EmptyOutput{Msg: "REGISTER_SUCCESS"}, nil
}
