package api

import (
	"context"

	"example.com/heldout/grafana/pkg/services/user"
)

// SignUpStep2 — POST /api/user/signup/step2 (also admin POST
// /api/admin/users, org invites, auth sync) -> userService.Create.
func (hs *HTTPServer) SignUpStep2(ctx context.Context, email, login, name string) (*user.User, error) {
	createUserCmd := user.CreateUserCommand{
		Email: email,
		Login: login,
		Name:  name,
	}
	return hs.userService.Create(ctx, &createUserCmd)
}
