// xorm negative: a missing row is an error; nothing is inserted.
package not_found_error

import (
	"errors"

	"xorm.io/xorm"
)

type Project struct {
	ID   int64  `xorm:"pk autoincr 'id'"`
	Slug string `xorm:"unique"`
}

type Star struct {
	ID        int64 `xorm:"pk autoincr 'id'"`
	ProjectID int64 `xorm:"'project_id'"`
}

// StarProject stars an existing project; a missing one is an error.
func StarProject(engine *xorm.Engine, slug string) error {
	var p Project
	has, err := engine.Where("slug = ?", slug).Get(&p)
	if err != nil {
		return err
	}
	if !has {
		return errors.New("no such project")
	}
	_, err = engine.Insert(&Star{ProjectID: p.ID})
	return err
}
