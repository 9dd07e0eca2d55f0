// Package object reproduces casdoor/casdoor e6b2338f8955 object.
package object

import (
	"database/sql"

	"xorm.io/xorm"
)

// Ormer is object/ormer.go:133 (github.com/xorm-io/xorm upstream).
type Ormer struct {
	driverName     string
	dataSourceName string
	dbName         string
	Db             *sql.DB
	Engine         *xorm.Engine
}

var ormer *Ormer = nil

// InitAdapter is object/ormer.go (driver selection and table sync trimmed).
func InitAdapter(engine *xorm.Engine) {
	ormer = &Ormer{Engine: engine}
}

// translate stands in for i18n.Translate.
func translate(lang string, msg string) string {
	_ = lang
	return msg
}
