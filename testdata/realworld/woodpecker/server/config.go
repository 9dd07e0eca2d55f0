package server

import (
	"time"

	"example.com/realworld/woodpecker/server/model"
	"example.com/realworld/woodpecker/server/services"
)

// Admins is server/services/permissions Admins, reduced.
type Admins struct {
	admins map[string]struct{}
}

// NewAdmins is permissions.NewAdmins.
func NewAdmins(admins []string) *Admins {
	m := make(map[string]struct{}, len(admins))
	for _, a := range admins {
		m[a] = struct{}{}
	}
	return &Admins{admins: m}
}

// IsAdmin is permissions.(*Admins).IsAdmin.
func (a *Admins) IsAdmin(user *model.User) bool {
	_, ok := a.admins[user.Login]
	return ok
}

// Config is server/config.go:29, reduced to the fields the reproduced code
// reads.
var Config = struct {
	Services struct {
		Manager services.Manager
	}
	Server struct {
		JWTSecret             string
		WebhookHost           string
		SessionExpires        time.Duration
		RootPath              string
		AsyncRepositoryUpdate bool
	}
	Pipeline struct {
		DefaultAllowPullRequests            bool
		DefaultCancelPreviousPipelineEvents []model.WebhookEvent
		DefaultApprovalMode                 model.ApprovalMode
		DefaultTimeout                      int64
		MaxTimeout                          int64
	}
	Permissions struct {
		Open   bool
		Admins *Admins
	}
}{}
