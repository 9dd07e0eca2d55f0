// Package cs reproduces rocboss/paopao-ce 0b35d12b74c0 internal/core/cs (trimmed).
package cs

// TagInfo reproduces internal/core/cs/topics.go:28.
// TagInfo 标签信息
type TagInfo struct {
	ID       int64  `json:"id" db:"id"`
	UserID   int64  `json:"user_id" db:"user_id"`
	Tag      string `json:"tag"`
	QuoteNum int64  `json:"quote_num" db:"quote_num"`
}

// TagInfoList reproduces internal/core/cs/topics.go:21.
// TagInfoList 标签信息列表
type TagInfoList []*TagInfo
