// Package db reproduces go-vikunja/vikunja pkg/db (NewSession, Type).
package db

import (
	"xorm.io/xorm"
	"xorm.io/xorm/schemas"
)

var x *xorm.Engine

// SetEngine sets the engine used by NewSession (upstream: CreateDBEngine).
func SetEngine(e *xorm.Engine) { x = e }

// NewSession is pkg/db/db.go:466: every request runs in a transaction.
func NewSession() *xorm.Session {
	s := x.NewSession()
	if err := s.Begin(); err != nil {
		panic(err)
	}
	return s
}

// Type is pkg/db/db.go:475.
func Type() schemas.DBType {
	return x.Dialect().URI().DBType
}
