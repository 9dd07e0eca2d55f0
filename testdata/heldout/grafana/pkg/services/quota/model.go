package quota

import "context"

// Upstream: pkg/services/quota/model.go (trimmed).

// Context is the context passed to the quota store (upstream embeds
// context.Context and a target-to-service map).
type Context struct {
	context.Context
}

func FromContext(ctx context.Context) Context {
	return Context{Context: ctx}
}

type UpdateQuotaCmd struct {
	Target string `json:"target"`
	Limit  int64  `json:"limit"`
	OrgID  int64  `json:"-"`
	UserID int64  `json:"-"`
}
