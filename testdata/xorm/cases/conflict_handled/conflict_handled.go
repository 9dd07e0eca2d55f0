// xorm negative: the insert's duplicate error is caught and the row read
// again; nothing to fix.
package conflict_handled

import (
	"strings"

	"xorm.io/xorm"
)

type Topic struct {
	ID   int64  `xorm:"pk autoincr 'id'"`
	Name string `xorm:"unique"`
}

func isDuplicate(err error) bool {
	return err != nil && (strings.Contains(err.Error(), "Duplicate entry") || strings.Contains(err.Error(), "23505"))
}

// TopicFor creates the topic, or reads the one a concurrent caller made.
func TopicFor(engine *xorm.Engine, name string) (*Topic, error) {
	var t Topic
	has, err := engine.Where("name = ?", name).Get(&t)
	if err != nil {
		return nil, err
	}
	if has {
		return &t, nil
	}
	t = Topic{Name: name}
	if _, err := engine.Insert(&t); err != nil {
		if !isDuplicate(err) {
			return nil, err
		}
		if _, err := engine.Where("name = ?", name).Get(&t); err != nil {
			return nil, err
		}
	}
	return &t, nil
}
