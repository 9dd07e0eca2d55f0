// Gitea's data layer: db.Insert(ctx, beans ...any) hands its beans to
// the engine of the context (GetEngine(ctx).Insert(beans...)), and the
// models call it with one bean after an existence check. A call with
// one bean is an insert of that bean's model; one with several is not
// the insert of one row.
package variadic_insert

import (
	"context"
	"database/sql"

	"xorm.io/xorm"
)

// Engine is what the helpers need of an engine or a session.
type Engine interface {
	Get(...any) (bool, error)
	Insert(...any) (int64, error)
	Exec(...any) (sql.Result, error)
	Where(any, ...any) *xorm.Session
}

var x *xorm.Engine

type engineKey struct{}

// GetEngine returns the session of the context, or the engine.
func GetEngine(ctx context.Context) Engine {
	if sess, ok := ctx.Value(engineKey{}).(*xorm.Session); ok {
		return sess
	}
	return x.Context(ctx)
}

// Insert inserts the beans.
func Insert(ctx context.Context, beans ...any) error {
	_, err := GetEngine(ctx).Insert(beans...)
	return err
}

type Star struct {
	ID     int64 `xorm:"pk autoincr"`
	UID    int64 `xorm:"UNIQUE(s)"`
	RepoID int64 `xorm:"UNIQUE(s)"`
}

type Watch struct {
	ID     int64 `xorm:"pk autoincr"`
	UserID int64 `xorm:"UNIQUE(watch)"`
	RepoID int64 `xorm:"UNIQUE(watch)"`
}

// IsStaring reports whether the user stars the repository.
func IsStaring(ctx context.Context, userID, repoID int64) bool {
	has, _ := GetEngine(ctx).Get(&Star{UID: userID, RepoID: repoID})
	return has
}

// StarRepo stars the repository once: fixed.
func StarRepo(ctx context.Context, userID, repoID int64) error {
	staring := IsStaring(ctx, userID, repoID)
	if staring {
		return nil
	}
	return Insert(ctx, &Star{UID: userID, RepoID: repoID})
}

// StarAndWatch inserts two beans at once: not the insert of one row,
// not reported.
func StarAndWatch(ctx context.Context, userID, repoID int64) error {
	if IsStaring(ctx, userID, repoID) {
		return nil
	}
	return Insert(ctx, &Star{UID: userID, RepoID: repoID}, &Watch{UserID: userID, RepoID: repoID})
}
