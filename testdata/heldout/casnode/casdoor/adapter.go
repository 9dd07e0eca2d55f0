// Package casdoor reproduces casnode's casdoor package: when casdoorDbName is
// configured, casnode reads Casdoor's own user table directly with xorm
// (through the casdoorsdk.User struct and its xorm tags: primary key
// (owner, name), email a plain index) instead of calling the Casdoor API.
package casdoor

import (
	"example.com/heldout/casnode/conf"
	"xorm.io/xorm"
)

var (
	adapter             *Adapter = nil
	CasdoorOrganization string
)

// InitCasdoorAdapter reproduces casdoor/adapter.go:36.
func InitCasdoorAdapter() {
	casdoorDbName := conf.GetConfigString("casdoorDbName")
	if casdoorDbName == "" {
		return
	}

	adapter = NewAdapter(conf.GetConfigString("driverName"), conf.GetConfigDataSourceName(), conf.GetConfigString("casdoorDbName"))

	CasdoorOrganization = conf.GetConfigString("casdoorOrganization")
}

// Adapter reproduces casdoor/adapter.go:48.
type Adapter struct {
	driverName     string
	dataSourceName string
	dbName         string
	Engine         *xorm.Engine
}

// NewAdapter reproduces casdoor/adapter.go:64 (without the finalizer).
func NewAdapter(driverName string, dataSourceName string, dbName string) *Adapter {
	a := &Adapter{}
	a.driverName = driverName
	a.dataSourceName = dataSourceName
	a.dbName = dbName

	a.open()

	return a
}

func (a *Adapter) open() {
	Engine, err := xorm.NewEngine(a.driverName, a.dataSourceName+a.dbName)
	if err != nil {
		panic(err)
	}

	a.Engine = Engine
}
