package database

import (
	log "example.com/heldout/gogs/third_party/clog"
	"example.com/heldout/gogs/third_party/errors"
)

// Collaboration represent the relation between an individual and a repository
// (internal/database/repo_collaboration.go:11).
type Collaboration struct {
	ID     int64      `gorm:"primary_key"`
	UserID int64      `xorm:"UNIQUE(s) INDEX NOT NULL" gorm:"uniqueIndex:collaboration_user_repo_unique;index;not null"`
	RepoID int64      `xorm:"UNIQUE(s) INDEX NOT NULL" gorm:"uniqueIndex:collaboration_user_repo_unique;index;not null"`
	Mode   AccessMode `xorm:"DEFAULT 2 NOT NULL" gorm:"not null;default:2"`
}

// IsCollaborator returns true if the user is a collaborator of the repository
// (internal/database/repo_collaboration.go:32).
func IsCollaborator(repoID, userID int64) bool {
	collaboration := &Collaboration{
		RepoID: repoID,
		UserID: userID,
	}
	has, err := x.Get(collaboration)
	if err != nil {
		log.Error("get collaboration [repo_id: %d, user_id: %d]: %v", repoID, userID, err)
		return false
	}
	return has
}

// AddCollaborator adds new collaboration to a repository with default access mode.
//
// Reproduces internal/database/repo_collaboration.go:50 (callers: POST
// /:username/:reponame/settings/collaboration -> route/repo/setting.go:425
// SettingsCollaborationPost; PUT /api/v1/repos/:owner/:repo/collaborators/:collaborator
// -> route/api/v1/repo_collaborators.go:40). The access recalculation is dropped.
func (r *Repository) AddCollaborator(u *User) error {
	collaboration := &Collaboration{
		RepoID: r.ID,
		UserID: u.ID,
	}

	has, err := x.Get(collaboration) // race
	if err != nil {
		return err
	} else if has {
		return nil
	}
	collaboration.Mode = AccessModeWrite

	sess := x.NewSession()
	defer sess.Close()
	if err = sess.Begin(); err != nil {
		return err
	}

	if _, err = sess.Insert(collaboration); err != nil {
		return err
	}

	return sess.Commit()
}

// ChangeCollaborationAccessMode sets new access mode for the collaboration.
// The actor's access mode bounds the new mode, so an actor can never grant a
// level higher than their own.
//
// Reproduces internal/database/repo_collaboration.go:129 (caller: POST
// /:username/:reponame/settings/collaboration/access_mode ->
// route/repo/setting.go ChangeCollaborationAccessMode; the team-mode merge for
// organization repositories is dropped).
func (r *Repository) ChangeCollaborationAccessMode(actorMode AccessMode, userID int64, mode AccessMode) error {
	// Collaborators can hold at most admin access.
	if mode <= AccessModeNone || mode > AccessModeAdmin {
		return nil
	}

	// Actors must not grant a level above their own.
	if mode > actorMode {
		return nil
	}

	collaboration := &Collaboration{
		RepoID: r.ID,
		UserID: userID,
	}
	has, err := x.Get(collaboration)
	if err != nil {
		return errors.Newf("get collaboration: %v", err)
	} else if !has {
		return nil
	}

	if collaboration.Mode == mode {
		return nil
	}
	collaboration.Mode = mode

	sess := x.NewSession()
	defer sess.Close()
	if err = sess.Begin(); err != nil {
		return err
	}

	if _, err = sess.ID(collaboration.ID).AllCols().Update(collaboration); err != nil {
		return errors.Newf("update collaboration: %v", err)
	}

	access := &Access{
		UserID: userID,
		RepoID: r.ID,
	}
	has, err = sess.Get(access) // race
	if err != nil {
		return errors.Newf("get access record: %v", err)
	}
	if has {
		_, err = sess.Exec("UPDATE access SET mode = ? WHERE user_id = ? AND repo_id = ?", mode, userID, r.ID)
	} else {
		access.Mode = mode
		_, err = sess.Insert(access)
	}
	if err != nil {
		return errors.Newf("update/insert access table: %v", err)
	}

	return sess.Commit()
}

// DeleteCollaboration removes collaboration relation between the user and repository.
//
// Reproduces internal/database/repo_collaboration.go:201 (the access
// recalculation is dropped).
func DeleteCollaboration(repo *Repository, userID int64) (err error) {
	if !IsCollaborator(repo.ID, userID) { // safe: guards a delete only
		return nil
	}

	collaboration := &Collaboration{
		RepoID: repo.ID,
		UserID: userID,
	}

	sess := x.NewSession()
	defer sess.Close()
	if err = sess.Begin(); err != nil {
		return err
	}

	if has, err := sess.Delete(collaboration); err != nil || has == 0 {
		return err
	}

	return sess.Commit()
}
