package users

import "example.com/realworld/hatchet/pkg/config/server"

// UserService is api/v1/server/handlers/users/user.go (reduced).
type UserService struct {
	config *server.ServerConfig
}

func NewUserService(config *server.ServerConfig) *UserService {
	return &UserService{config: config}
}

// ErrRegistrationFailed is the generic registration error.
const ErrRegistrationFailed = "Registration failed."
