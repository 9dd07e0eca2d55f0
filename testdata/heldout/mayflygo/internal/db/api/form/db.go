package form

type DbSqlSaveForm struct {
	Name string `json:"name" binding:"required"`
	Sql  string `json:"sql" binding:"required"`
	Type int    `json:"type" binding:"required"`
	Db   string `json:"db" binding:"required"`
}
