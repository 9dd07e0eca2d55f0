package api

import (
	"strconv"

	"example.com/heldout/mayflygo/internal/db/api/form"
	"example.com/heldout/mayflygo/internal/db/application"
	"example.com/heldout/mayflygo/internal/db/domain/entity"
	"example.com/heldout/mayflygo/pkg/req"
)

// DbSql reproduces server/internal/db/api/db_sql.go (POST /dbs/:dbId/sql).
type DbSql struct {
	dbSqlApp application.DbSql `inject:"T"`
}

// @router /api/db/:dbId/sql [post]
func (d *DbSql) SaveSql(rc *req.Ctx) {
	dbSqlForm := req.BindJson[form.DbSqlSaveForm](rc)
	rc.ReqParam = dbSqlForm

	dbId := getDbId(rc)

	account := rc.GetLoginAccount()
	// 获取用于是否有该dbsql的保存记录，有则更改，否则新增
	dbSql := &entity.DbSql{Type: dbSqlForm.Type, DbId: dbId, Name: dbSqlForm.Name, Db: dbSqlForm.Db}
	dbSql.CreatorId = account.Id
	// upsert by (type, db_id, name, db, creator_id): two concurrent saves of one
	// template name (e.g. double submit) both miss and both insert.
	e := d.dbSqlApp.GetByCond(dbSql) // race; no unique key: t_db_sql has no index at all (entity/db_sql.go:8; mayfly-go.sql:113-129 only PRIMARY KEY)

	// 更新sql信息
	dbSql.Sql = dbSqlForm.Sql
	if e == nil {
		d.dbSqlApp.UpdateById(rc.MetaCtx, dbSql)
	} else {
		d.dbSqlApp.Insert(rc.MetaCtx, dbSql)
	}
}

// getDbId (api/db.go:354)
func getDbId(rc *req.Ctx) uint64 {
	dbId, _ := strconv.ParseUint(rc.Query("dbId"), 10, 64)
	return dbId
}
