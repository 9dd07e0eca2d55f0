// xorm: a unique(name) group over two columns, looked up by both.
package composite_unique

import (
	"xorm.io/xorm"
)

type Member struct {
	ID     int64  `xorm:"pk autoincr 'id'"`
	OrgID  int64  `xorm:"unique(s) 'org_id'"`
	UserID int64  `xorm:"unique(s) 'user_id'"`
	Role   string `xorm:"varchar(20)"`
}

// Join adds the member when missing and answers whether it did.
func Join(engine *xorm.Engine, orgID, userID int64) (bool, error) {
	has, err := engine.Where("org_id = ? AND user_id = ?", orgID, userID).Exist(&Member{})
	if err != nil {
		return false, err
	}
	if has {
		return false, nil
	}
	if _, err := engine.Insert(&Member{OrgID: orgID, UserID: userID, Role: "member"}); err != nil {
		return false, err
	}
	return true, nil
}
