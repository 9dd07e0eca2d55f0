// A function given its caller's session, which may be in a transaction
// (gitea's db.Context): the insert runs inside a savepoint.
package caller_session

import (
	"xorm.io/xorm"
)

type Label struct {
	ID   int64  `xorm:"pk autoincr 'id'"`
	Name string `xorm:"unique 'name'"`
}

// EnsureLabel returns the label called name, creating it.
func EnsureLabel(sess *xorm.Session, name string) (*Label, error) {
	l := &Label{Name: name}
	has, err := sess.Get(l)
	if err != nil {
		return nil, err
	}
	if has {
		return l, nil
	}
	if _, err := sess.Insert(l); err != nil {
		return nil, err
	}
	return l, nil
}
