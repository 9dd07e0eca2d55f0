package datastore

import (
	"fmt"
	"strings"

	"xorm.io/xorm"

	"example.com/realworld/woodpecker/server/model"
)

// OrgCreate is server/store/datastore/org.go:27.
func (s storage) OrgCreate(org *model.Org) error {
	return s.orgCreate(org, s.engine.NewSession())
}

// orgCreate is org.go:31.
func (s storage) orgCreate(org *model.Org, sess *xorm.Session) error {
	if org.Name == "" {
		return fmt.Errorf("org name is empty")
	}
	return wrapInsert(sess.Insert(org))
}

// OrgGet is org.go:38.
func (s storage) OrgGet(id int64) (*model.Org, error) {
	org := new(model.Org)
	return org, wrapGet(s.engine.ID(id).Get(org))
}

// OrgUpdate is org.go:43.
func (s storage) OrgUpdate(org *model.Org) error {
	return s.orgUpdate(s.engine.NewSession(), org)
}

// orgUpdate is org.go:47.
func (s storage) orgUpdate(sess *xorm.Session, org *model.Org) error {
	// update
	_, err := sess.ID(org.ID).AllCols().Update(org)
	return err
}

// OrgFindByName is org.go:76.
func (s storage) OrgFindByName(name string, forgeID int64) (*model.Org, error) {
	return s.orgFindByName(s.engine.NewSession(), name, forgeID)
}

// orgFindByName is org.go:80: the lookup is case-insensitive (LOWER(name)),
// the unique key UNIQUE(s) (forge_id, name) is on the raw name.
func (s storage) orgFindByName(sess *xorm.Session, name string, forgeID int64) (*model.Org, error) {
	// sanitize
	org := new(model.Org)
	return org, wrapGet(sess.Where("LOWER(name) = ?", strings.ToLower(name)).And("forge_id = ?", forgeID).Get(org))
}
