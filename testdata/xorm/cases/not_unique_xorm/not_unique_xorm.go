// xorm: no unique tag covers the looked-up column: reported with what to
// add, not fixed.
package not_unique_xorm

import (
	"xorm.io/xorm"
)

type Session struct {
	ID    int64  `xorm:"pk autoincr 'id'"`
	Path  string `xorm:"index"`
	Title string
}

// SessionFor creates a session per path.
func SessionFor(engine *xorm.Engine, path string) (*Session, error) {
	var s Session
	has, err := engine.Where("path = ?", path).Get(&s)
	if err != nil {
		return nil, err
	}
	if !has {
		s = Session{Path: path, Title: "chat"}
		_, err = engine.Insert(&s)
	}
	return &s, err
}
