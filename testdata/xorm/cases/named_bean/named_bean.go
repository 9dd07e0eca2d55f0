// xorm: the bean is a named result assigned once before Get
// (info = &Label{}), as many repositories write it.
package named_bean

import (
	"context"

	"xorm.io/xorm"
)

type Label struct {
	ID   int64  `xorm:"pk autoincr 'id'"`
	Name string `xorm:"varchar(50) unique"`
}

// Get returns the label, whether it exists, and the error.
func Get(ctx context.Context, engine *xorm.Engine, name string) (info *Label, exist bool, err error) {
	info = &Label{}
	exist, err = engine.Context(ctx).Where("name = ?", name).Get(info)
	return
}

// Ensure adds the label when missing.
func Ensure(ctx context.Context, engine *xorm.Engine, name string) (int64, error) {
	info, exist, err := Get(ctx, engine, name)
	if err != nil {
		return 0, err
	}
	if exist {
		return info.ID, nil
	}
	l := &Label{Name: name}
	if _, err := engine.Context(ctx).Insert(l); err != nil {
		return 0, err
	}
	return l.ID, nil
}
