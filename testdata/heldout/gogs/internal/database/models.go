package database

import (
	"database/sql"

	"xorm.io/xorm"
)

// Engine represents a XORM engine or session. It is internal/database/models.go:24,
// reduced to the methods the reproduced code uses (xorm v0.8 `Get(any)` /
// `Delete(any)` are variadic in xorm v1).
type Engine interface {
	Delete(...any) (int64, error)
	Exec(...any) (sql.Result, error)
	Find(any, ...any) error
	Get(...any) (bool, error)
	ID(any) *xorm.Session
	In(string, ...any) *xorm.Session
	Insert(...any) (int64, error)
	InsertOne(any) (int64, error)
	Where(any, ...any) *xorm.Session
}

// x is the legacy XORM engine (internal/database/models.go:43).
var x *xorm.Engine

// legacyTables are the tables created by XORM Sync2 (internal/database/models.go:51):
// their unique keys are the `xorm:"UNIQUE..."` tags.
var legacyTables []any

func init() {
	legacyTables = append(legacyTables,
		new(User), new(PublicKey),
		new(Repository), new(DeployKey), new(Collaboration),
		new(Watch), new(Star),
		new(Comment), new(IssueUser),
		new(Label), new(IssueLabel),
		new(Release),
		new(ProtectBranch), new(ProtectBranchWhitelist),
		new(Team), new(OrgUser), new(TeamUser), new(TeamRepo),
	)
}
