// Package goyesqlx is a small stand-in for github.com/knadh/goyesql/v2/sqlx:
// ScanToStruct prepares every query named by a `query:"name"` struct tag into
// the tagged *sqlx.Stmt field (string fields get the raw query text).
package goyesqlx

import (
	"fmt"
	"reflect"

	"github.com/jmoiron/sqlx"

	"example.com/realworld/listmonk/third_party/goyesql"
)

// ScanToStruct prepares the queries in q into the fields of obj (a pointer to a struct).
func ScanToStruct(obj any, q goyesql.Queries, db *sqlx.DB) error {
	ob := reflect.ValueOf(obj)
	if ob.Kind() != reflect.Ptr || ob.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("failed to apply SQL statements to struct. Non struct type: %T", ob)
	}

	var (
		v = ob.Elem()
		t = v.Type()
	)
	for i := 0; i < v.NumField(); i++ {
		name := t.Field(i).Tag.Get("query")
		if name == "" {
			continue
		}
		query, ok := q[name]
		if !ok {
			return fmt.Errorf("query '%s' not found in query map", name)
		}

		f := v.Field(i)
		switch f.Interface().(type) {
		case *sqlx.Stmt:
			stmt, err := db.Preparex(query.Query)
			if err != nil {
				return fmt.Errorf("error preparing query '%s': %v", name, err)
			}
			f.Set(reflect.ValueOf(stmt))
		case string:
			f.SetString(query.Query)
		default:
			return fmt.Errorf("unsupported field type for query '%s'", name)
		}
	}

	return nil
}
