// Package object reproduces casnode's object package (github.com/casbin/casnode/object):
// the xorm models and their data-access functions. Upstream uses xorm v0.8.1
// (xorm.io/xorm); here xorm.io/xorm v1 is used, so `.Id(x)` is written `.ID(x)`.
// The MySQL driver import (_ "github.com/go-sql-driver/mysql") is dropped.
package object

import (
	"fmt"

	"example.com/heldout/casnode/conf"
	"xorm.io/xorm"
)

var (
	adapter             *Adapter
	CasdoorOrganization string
	CasdoorApplication  string
)

// Session reproduces object/adapter.go:33.
type Session struct {
	SessionKey    string  `xorm:"char(64) notnull pk"`
	SessionData   []uint8 `xorm:"blob"`
	SessionExpiry int     `xorm:"notnull"`
}

// InitAdapter reproduces object/adapter.go:46 (called first by main, main.go:29).
func InitAdapter() {
	adapter = NewAdapter(conf.GetConfigString("driverName"), conf.GetConfigDataSourceName(), conf.GetConfigString("dbName"))
	adapter.createTable()

	CasdoorOrganization = conf.GetConfigString("casdoorOrganization")
	CasdoorApplication = conf.GetConfigString("casdoorApplication")
}

// Adapter reproduces object/adapter.go:55.
type Adapter struct {
	driverName     string
	dataSourceName string
	dbName         string
	Engine         *xorm.Engine
}

// NewAdapter reproduces object/adapter.go:71 (without the finalizer).
func NewAdapter(driverName string, dataSourceName string, dbName string) *Adapter {
	a := &Adapter{}
	a.driverName = driverName
	a.dataSourceName = dataSourceName
	a.dbName = dbName

	// Open the DB, create it if not existed.
	a.open()

	return a
}

func (a *Adapter) createDatabase() error {
	Engine, err := xorm.NewEngine(a.driverName, a.dataSourceName)
	if err != nil {
		return err
	}
	defer Engine.Close()

	_, err = Engine.Exec(fmt.Sprintf("CREATE DATABASE IF NOT EXISTS %s default charset utf8 COLLATE utf8_general_ci", a.dbName))
	return err
}

func (a *Adapter) open() {
	if a.driverName != "postgres" {
		if err := a.createDatabase(); err != nil {
			panic(err)
		}
	}

	Engine, err := xorm.NewEngine(a.driverName, a.dataSourceName+a.dbName)
	if err != nil {
		panic(err)
	}

	a.Engine = Engine
}

// createTable reproduces object/adapter.go:117. The schema is whatever xorm's
// Sync2 derives from the struct tags: no model carries a `unique` tag, so the
// only keys are the primary keys (`pk`; SensitiveWord's untagged `Id int64`
// becomes an autoincrement primary key by xorm's naming rule) and the
// non-unique `index` tags.
func (a *Adapter) createTable() {
	err := a.Engine.Sync2(new(Session))
	if err != nil {
		panic(err)
	}

	err = a.Engine.Sync2(new(Topic))
	if err != nil {
		panic(err)
	}

	err = a.Engine.Sync2(new(Reply))
	if err != nil {
		panic(err)
	}

	err = a.Engine.Sync2(new(Poster))
	if err != nil {
		panic(err)
	}

	err = a.Engine.Sync2(new(Translator))
	if err != nil {
		panic(err)
	}

	err = a.Engine.Sync2(new(Node))
	if err != nil {
		panic(err)
	}

	err = a.Engine.Sync2(new(Favorites))
	if err != nil {
		panic(err)
	}

	err = a.Engine.Sync2(new(Tab))
	if err != nil {
		panic(err)
	}

	err = a.Engine.Sync2(new(Notification))
	if err != nil {
		panic(err)
	}

	err = a.Engine.Sync2(new(BasicInfo))
	if err != nil {
		panic(err)
	}

	err = a.Engine.Sync2(new(Plane))
	if err != nil {
		panic(err)
	}

	err = a.Engine.Sync2(new(ConsumptionRecord))
	if err != nil {
		panic(err)
	}

	err = a.Engine.Sync2(new(BrowseRecord))
	if err != nil {
		panic(err)
	}

	err = a.Engine.Sync2(new(UploadFileRecord))
	if err != nil {
		panic(err)
	}

	err = a.Engine.Sync2(new(SensitiveWord))
	if err != nil {
		panic(err)
	}

	err = a.Engine.Sync2(new(FrontConf))
	if err != nil {
		panic(err)
	}
}
