// xorm: an EngineGroup (primary and replicas), as services with read
// replicas open one. Its Get may read a replica, which can lag the
// primary: reported, and fixed like an engine's (the retry reads again).
package group_engine

import (
	"xorm.io/xorm"
)

type Invite struct {
	ID    int64  `xorm:"pk autoincr 'id'"`
	Email string `xorm:"varchar(190) unique"`
}

// Invite adds an invite for a new email.
func InviteEmail(eg *xorm.EngineGroup, email string) error {
	has, err := eg.Where("email = ?", email).Exist(&Invite{})
	if err != nil || has {
		return err
	}
	_, err = eg.Insert(&Invite{Email: email})
	return err
}
