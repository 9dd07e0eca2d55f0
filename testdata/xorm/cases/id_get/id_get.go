// xorm: ID(v) looks the row up by its primary key; the insert sets it.
package id_get

import (
	"xorm.io/xorm"
)

type Counter struct {
	ID    int64 `xorm:"pk 'id'"`
	Total int
}

// Ensure creates the counter with a given id.
func Ensure(engine *xorm.Engine, id int64) (int, error) {
	var c Counter
	has, err := engine.ID(id).Get(&c)
	if err != nil {
		return 0, err
	}
	if !has {
		c = Counter{ID: id, Total: 1}
		if _, err := engine.InsertOne(&c); err != nil {
			return 0, err
		}
	}
	return c.Total, nil
}
