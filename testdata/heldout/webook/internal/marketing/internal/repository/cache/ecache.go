package cache

import (
	"context"
	"fmt"
	"time"

	"example.com/heldout/webook/pkg/ecache"
)

// InvitationCodeECache reproduces internal/marketing/internal/repository/cache/ecache.go:25
// (Redis through ecache; the expiration is 30 minutes, marketing/wire.go:116).
type InvitationCodeECache struct {
	ec         ecache.Cache
	expiration time.Duration
}

func NewInvitationCodeECache(ec ecache.Cache, expiration time.Duration) InvitationCodeCache {
	return &InvitationCodeECache{
		ec: &ecache.NamespaceCache{
			Namespace: "marketing:invitation-code:",
			C:         ec,
		},
		expiration: expiration,
	}
}

// GetInvitationCode reproduces ecache.go:40.
func (q *InvitationCodeECache) GetInvitationCode(ctx context.Context, uid int64) (string, error) {
	return q.ec.Get(ctx, q.codeKey(uid)).AsString()
}

// SetInvitationCode reproduces ecache.go:44 (a plain SET, not SETNX).
func (q *InvitationCodeECache) SetInvitationCode(ctx context.Context, uid int64, code string) error {
	return q.ec.Set(ctx, q.codeKey(uid), code, q.expiration)
}

func (q *InvitationCodeECache) codeKey(uid int64) string {
	return fmt.Sprintf("user:%d", uid)
}
