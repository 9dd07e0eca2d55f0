package model

import "context"

// BookmarksDomain reproduces internal/model/domains.go:13 (reduced).
type BookmarksDomain interface {
	AddTagToBookmark(ctx context.Context, bookmarkID int, tagID int) error
	BookmarkExists(ctx context.Context, id int) (bool, error)
}

// AccountsDomain reproduces internal/model/domains.go:32 (reduced).
type AccountsDomain interface {
	ListAccounts(ctx context.Context) ([]AccountDTO, error)
	CreateAccount(ctx context.Context, account AccountDTO) (*AccountDTO, error)
}

// TagsDomain reproduces internal/model/domains.go:54 (reduced).
type TagsDomain interface {
	TagExists(ctx context.Context, id int) (bool, error)
}
