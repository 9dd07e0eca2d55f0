package model

import (
	"example.com/heldout/shiori/internal/config"
	"example.com/heldout/shiori/third_party/logrus"
)

// Dependencies represents the interface for application dependencies
// Reproduces internal/model/dependencies.go:9.
type Dependencies interface {
	Logger() *logrus.Logger
	Domains() DomainDependencies
	Config() *config.Config
	Database() DB
}

// DomainDependencies represents the interface for domain-specific dependencies
// Reproduces internal/model/dependencies.go:17 (reduced).
type DomainDependencies interface {
	Accounts() AccountsDomain
	SetAccounts(accounts AccountsDomain)
	Bookmarks() BookmarksDomain
	SetBookmarks(bookmarks BookmarksDomain)
	Tags() TagsDomain
	SetTags(tags TagsDomain)
}
