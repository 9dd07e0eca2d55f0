// Package dependencies reproduces internal/dependencies/dependencies.go (reduced).
package dependencies

import (
	"example.com/heldout/shiori/internal/config"
	"example.com/heldout/shiori/internal/model"
	"example.com/heldout/shiori/third_party/logrus"
)

type domains struct {
	accounts  model.AccountsDomain
	bookmarks model.BookmarksDomain
	tags      model.TagsDomain
}

func (d *domains) Accounts() model.AccountsDomain            { return d.accounts }
func (d *domains) SetAccounts(accounts model.AccountsDomain) { d.accounts = accounts }
func (d *domains) Bookmarks() model.BookmarksDomain          { return d.bookmarks }
func (d *domains) SetBookmarks(b model.BookmarksDomain)      { d.bookmarks = b }
func (d *domains) Tags() model.TagsDomain                    { return d.tags }
func (d *domains) SetTags(tags model.TagsDomain)             { d.tags = tags }

// Dependencies holds the application dependencies.
type Dependencies struct {
	log      *logrus.Logger
	domains  *domains
	config   *config.Config
	database model.DB
}

// Logger returns the logger.
func (d *Dependencies) Logger() *logrus.Logger { return d.log }

// Domains returns the domains.
func (d *Dependencies) Domains() model.DomainDependencies { return d.domains }

// Config returns the configuration.
func (d *Dependencies) Config() *config.Config { return d.config }

// Database returns the database.
func (d *Dependencies) Database() model.DB { return d.database }

// NewDependencies creates the dependencies.
func NewDependencies(log *logrus.Logger, db model.DB, cfg *config.Config) *Dependencies {
	return &Dependencies{
		log:      log,
		config:   cfg,
		database: db,
		domains:  &domains{},
	}
}
