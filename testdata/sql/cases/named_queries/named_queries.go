// Named queries in a .sql file, prepared at start-up into the fields of
// a struct by their tags (goyesql's convention): the SQL is the named
// query's.
package named_queries

import (
	"database/sql"
	"errors"

	"github.com/jmoiron/sqlx"
)

type Queries struct {
	GetList    *sqlx.Stmt `query:"nq-get-list"`
	InsertList *sqlx.Stmt `query:"nq-insert-list"`
}

type List struct {
	ID   int64  `db:"id"`
	Name string `db:"name"`
}

type App struct {
	queries *Queries
}

// EnsureList returns the list called name, creating it single opt-in.
func (a *App) EnsureList(name string) (List, error) {
	var l List
	err := a.queries.GetList.Get(&l, name)
	if errors.Is(err, sql.ErrNoRows) {
		l.Name = name
		err = a.queries.InsertList.Get(&l.ID, name, "single")
	}
	return l, err
}
