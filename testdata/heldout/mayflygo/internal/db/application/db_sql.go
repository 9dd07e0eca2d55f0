package application

import (
	"example.com/heldout/mayflygo/internal/db/domain/entity"
	"example.com/heldout/mayflygo/internal/db/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
)

// server/internal/db/application/db_sql.go
type DbSql interface {
	base.App[*entity.DbSql]
}

type dbSqlAppImpl struct {
	base.AppImpl[*entity.DbSql, repository.DbSql]
}

func NewDbSqlApp(repo repository.DbSql) DbSql {
	app := &dbSqlAppImpl{}
	app.Repo = repo
	return app
}
