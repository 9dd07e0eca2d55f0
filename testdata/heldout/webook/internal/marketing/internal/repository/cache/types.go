package cache

import "context"

// InvitationCodeCache reproduces internal/marketing/internal/repository/cache/types.go.
type InvitationCodeCache interface {
	GetInvitationCode(ctx context.Context, uid int64) (string, error)
	SetInvitationCode(ctx context.Context, uid int64, code string) error
}
