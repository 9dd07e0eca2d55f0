package migration

import (
	"fmt"

	"xorm.io/xorm"

	"example.com/realworld/woodpecker/third_party/xormigrate"
)

// addOrgID is server/store/datastore/migration/001_add_org_id.go:24, verbatim.
var addOrgID = xormigrate.Migration{
	ID: "add-org-id",
	MigrateSession: func(sess *xorm.Session) error {
		type users struct {
			ID    int64  `xorm:"pk autoincr 'user_id'"`
			Login string `xorm:"UNIQUE 'user_login'"`
			OrgID int64  `xorm:"user_org_id"`
		}
		type orgs struct {
			ID     int64  `xorm:"pk autoincr 'id'"`
			Name   string `xorm:"UNIQUE 'name'"`
			IsUser bool   `xorm:"is_user"`
		}

		if err := sess.Sync(new(users), new(orgs)); err != nil {
			return fmt.Errorf("sync new models failed: %w", err)
		}

		// get all users
		var us []*users
		if err := sess.Find(&us); err != nil {
			return fmt.Errorf("find all repos failed: %w", err)
		}

		for _, user := range us {
			org := &orgs{}
			has, err := sess.Where("name = ?", user.Login).Get(org) // safe: schema migration, run once in its own transaction by xormigrate at start-up (setupStore) before the server starts handling requests
			if err != nil {
				return fmt.Errorf("getting org failed: %w", err)
			} else if !has {
				org = &orgs{
					Name:   user.Login,
					IsUser: true,
				}
				if _, err := sess.Insert(org); err != nil {
					return fmt.Errorf("inserting org failed: %w", err)
				}
			}
			user.OrgID = org.ID
			if _, err := sess.Cols("user_org_id").Update(user); err != nil {
				return fmt.Errorf("updating user failed: %w", err)
			}
		}

		return nil
	},
}
