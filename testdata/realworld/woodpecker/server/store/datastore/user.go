package datastore

import (
	"errors"
	"fmt"

	"example.com/realworld/woodpecker/server/model"
	"example.com/realworld/woodpecker/server/store/types"
)

// GetUser is server/store/datastore/user.go:25.
func (s storage) GetUser(id int64) (*model.User, error) {
	user := new(model.User)
	return user, wrapGet(s.engine.ID(id).Get(user))
}

// GetUserByRemoteID is user.go:30.
func (s storage) GetUserByRemoteID(forgeID int64, userRemoteID model.ForgeRemoteID) (*model.User, error) {
	sess := s.engine.NewSession()
	user := new(model.User)
	return user, wrapGet(sess.Where("forge_id = ? AND forge_remote_id = ?", forgeID, userRemoteID).Get(user))
}

// GetUserByLogin is user.go:36.
func (s storage) GetUserByLogin(forgeID int64, login string) (*model.User, error) {
	sess := s.engine.NewSession()
	user := new(model.User)
	return user, wrapGet(sess.Where("forge_id = ? AND login=?", forgeID, login).Get(user))
}

// CreateUser is user.go:51. The session is never begun (no transaction):
// the org lookup, the org insert and the user insert are three autocommit
// statements.
func (s storage) CreateUser(user *model.User) error {
	sess := s.engine.NewSession()
	org := &model.Org{
		Name:    user.Login,
		ForgeID: user.ForgeID,
		IsUser:  true,
	}

	existingOrg, err := s.orgFindByName(sess, org.Name, user.ForgeID) // race
	if err != nil && !errors.Is(err, types.ErrRecordNotExist) {
		return fmt.Errorf("failed to check if org exists: %w", err)
	}

	if !errors.Is(err, types.ErrRecordNotExist) {
		org = existingOrg
		org.IsUser = true
		org.Name = user.Login
		err = s.orgUpdate(sess, org)
		if err != nil {
			return fmt.Errorf("failed to update existing org: %w", err)
		}
	} else {
		err = s.orgCreate(org, sess)
		if err != nil {
			return fmt.Errorf("failed to create new org: %w", err)
		}
	}
	user.OrgID = org.ID
	// only Insert set auto created ID back to object
	return wrapInsert(sess.Insert(user))
}

// UpdateUser is user.go:83.
func (s storage) UpdateUser(user *model.User) error {
	_, err := s.engine.ID(user.ID).AllCols().Update(user)
	return err
}
