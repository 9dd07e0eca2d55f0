package web

import (
	"example.com/heldout/paopao/internal/core/ms"
)

// BaseInfo reproduces internal/model/web/web.go:18.
type BaseInfo struct {
	User *ms.User
}

// SimpleInfo reproduces internal/model/web/web.go:22.
type SimpleInfo struct {
	Uid int64
}
