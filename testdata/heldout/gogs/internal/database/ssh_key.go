package database

import (
	"fmt"
	"os"
	"path"
	"strings"
	"time"

	"xorm.io/xorm"

	"example.com/heldout/gogs/internal/conf"
	log "example.com/heldout/gogs/third_party/clog"
	"example.com/heldout/gogs/third_party/errors"
)

// KeyType specifies the key type.
type KeyType int

const (
	// KeyTypeUser means key is a user key.
	KeyTypeUser = iota + 1
	// KeyTypeDeploy means key is a deploy key.
	KeyTypeDeploy
)

// PublicKey represents a user or deploy SSH public key
// (internal/database/ssh_key.go:42). No unique key: owner_id is INDEX only,
// name / content / type have no UNIQUE tag.
type PublicKey struct {
	ID          int64      `gorm:"primaryKey"`
	OwnerID     int64      `xorm:"INDEX NOT NULL" gorm:"index;not null"`
	Name        string     `xorm:"NOT NULL" gorm:"not null"`
	Fingerprint string     `xorm:"NOT NULL" gorm:"not null"`
	Content     string     `xorm:"TEXT NOT NULL" gorm:"type:TEXT;not null"`
	Mode        AccessMode `xorm:"NOT NULL DEFAULT 2" gorm:"not null;default:2"`
	Type        KeyType    `xorm:"NOT NULL DEFAULT 1" gorm:"not null;default:1"`

	CreatedUnix int64
	UpdatedUnix int64
}

type ErrKeyAlreadyExist struct {
	OwnerID int64
	Content string
}

func (err ErrKeyAlreadyExist) Error() string {
	return fmt.Sprintf("public key already exists [owner_id: %d, content: %s]", err.OwnerID, err.Content)
}

type ErrKeyNameAlreadyUsed struct {
	OwnerID int64
	Name    string
}

func (err ErrKeyNameAlreadyUsed) Error() string {
	return fmt.Sprintf("public key already exists [owner_id: %d, name: %s]", err.OwnerID, err.Name)
}

// checkKeyContent onlys checks if key content has been used as public key,
// it is OK to use same key as deploy key for multiple repositories/users.
//
// internal/database/ssh_key.go:349.
func checkKeyContent(content string) error {
	has, err := x.Get(&PublicKey{
		Content: content,
		Type:    KeyTypeUser,
	})
	if err != nil {
		return err
	} else if has {
		return ErrKeyAlreadyExist{0, content}
	}
	return nil
}

// addKey is internal/database/ssh_key.go:362 (the ssh-keygen fingerprint is
// reduced to a placeholder and the authorized_keys rewrite is dropped).
func addKey(e Engine, key *PublicKey) (err error) {
	// Calculate fingerprint.
	tmpPath := strings.ReplaceAll(path.Join(os.TempDir(), fmt.Sprintf("%d", time.Now().Nanosecond()), "id_rsa.pub"), "\\", "/")
	_ = os.MkdirAll(path.Dir(tmpPath), os.ModePerm)
	if err = os.WriteFile(tmpPath, []byte(key.Content), 0o644); err != nil {
		return err
	}
	key.Fingerprint = conf.SSH.KeygenPath + ":" + tmpPath

	// Save SSH key.
	if _, err = e.Insert(key); err != nil {
		return err
	}
	return nil
}

// AddPublicKey adds new public key to database and authorized_keys file.
//
// Reproduces internal/database/ssh_key.go:391 (callers: POST
// /user/settings/ssh -> route/user/setting.go SettingsSSHKeysPost; POST
// /api/v1/user/keys -> route/api/v1/user_key.go CreateUserPublicKey).
func AddPublicKey(ownerID int64, name, content string) (*PublicKey, error) {
	log.Trace("Add public key: %s", content)
	if err := checkKeyContent(content); err != nil { // race; no unique key: public_key has no UNIQUE tag on content / type (ssh_key.go:42-49)
		return nil, err
	}

	// Key name of same user cannot be duplicated.
	has, err := x.Where("owner_id = ? AND name = ?", ownerID, name).Get(new(PublicKey)) // race; no unique key: public_key owner_id is INDEX only and name has no UNIQUE tag (ssh_key.go:44-45)
	if err != nil {
		return nil, err
	} else if has {
		return nil, ErrKeyNameAlreadyUsed{ownerID, name}
	}

	sess := x.NewSession()
	defer sess.Close()
	if err = sess.Begin(); err != nil {
		return nil, err
	}

	key := &PublicKey{
		OwnerID: ownerID,
		Name:    name,
		Content: content,
		Mode:    AccessModeWrite,
		Type:    KeyTypeUser,
	}
	if err = addKey(sess, key); err != nil {
		return nil, errors.Newf("addKey: %v", err)
	}

	return key, sess.Commit()
}

// DeployKey represents deploy key information and its relation with repository
// (internal/database/ssh_key.go:554).
type DeployKey struct {
	ID          int64
	KeyID       int64 `xorm:"UNIQUE(s) INDEX"`
	RepoID      int64 `xorm:"UNIQUE(s) INDEX"`
	Name        string
	Fingerprint string
	Content     string `xorm:"-" json:"-" gorm:"-"`

	CreatedUnix int64
	UpdatedUnix int64
}

type ErrDeployKeyAlreadyExist struct {
	KeyID  int64
	RepoID int64
}

func (err ErrDeployKeyAlreadyExist) Error() string {
	return fmt.Sprintf("public key already exists [key_id: %d, repo_id: %d]", err.KeyID, err.RepoID)
}

type ErrDeployKeyNameAlreadyUsed struct {
	RepoID int64
	Name   string
}

func (err ErrDeployKeyNameAlreadyUsed) Error() string {
	return fmt.Sprintf("public key with name already exists [repo_id: %d, name: %s]", err.RepoID, err.Name)
}

// checkDeployKey is internal/database/ssh_key.go:599.
func checkDeployKey(e Engine, keyID, repoID int64, name string) error {
	// Note: We want error detail, not just true or false here.
	has, err := e.Where("key_id = ? AND repo_id = ?", keyID, repoID).Get(new(DeployKey))
	if err != nil {
		return err
	} else if has {
		return ErrDeployKeyAlreadyExist{keyID, repoID}
	}

	has, err = e.Where("repo_id = ? AND name = ?", repoID, name).Get(new(DeployKey))
	if err != nil {
		return err
	} else if has {
		return ErrDeployKeyNameAlreadyUsed{repoID, name}
	}

	return nil
}

// addDeployKey adds new key-repo relation.
//
// Reproduces internal/database/ssh_key.go:619.
func addDeployKey(e *xorm.Session, keyID, repoID int64, name, fingerprint string) (*DeployKey, error) {
	if err := checkDeployKey(e, keyID, repoID, name); err != nil { // race
		return nil, err
	}

	key := &DeployKey{
		KeyID:       keyID,
		RepoID:      repoID,
		Name:        name,
		Fingerprint: fingerprint,
	}
	_, err := e.Insert(key)
	return key, err
}

// AddDeployKey add new deploy key to database and authorized_keys file.
//
// Reproduces internal/database/ssh_key.go:641 (callers: POST
// /:username/:reponame/settings/keys -> route/repo/setting.go
// SettingsDeployKeysPost; POST /api/v1/repos/:owner/:repo/keys ->
// route/api/v1/repo_key.go CreateDeployKey).
func AddDeployKey(repoID int64, name, content string) (*DeployKey, error) {
	if err := checkKeyContent(content); err != nil {
		return nil, err
	}

	pkey := &PublicKey{
		Content: content,
		Mode:    AccessModeRead,
		Type:    KeyTypeDeploy,
	}
	has, err := x.Get(pkey) // race; no unique key: public_key has no UNIQUE tag on (content, mode, type) (ssh_key.go:42-49)
	if err != nil {
		return nil, err
	}

	sess := x.NewSession()
	defer sess.Close()
	if err = sess.Begin(); err != nil {
		return nil, err
	}

	// First time use this deploy key.
	if !has {
		if err = addKey(sess, pkey); err != nil {
			return nil, errors.Newf("addKey: %v", err)
		}
	}

	key, err := addDeployKey(sess, pkey.ID, repoID, name, pkey.Fingerprint)
	if err != nil {
		return nil, errors.Newf("addDeployKey: %v", err)
	}

	return key, sess.Commit()
}
