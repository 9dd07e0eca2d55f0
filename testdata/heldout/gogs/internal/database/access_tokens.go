package database

import (
	"context"
	"fmt"

	"github.com/google/uuid"
	"gorm.io/gorm"

	"example.com/heldout/gogs/internal/cryptox"
	"example.com/heldout/gogs/internal/errx"
	"example.com/heldout/gogs/third_party/errors"
)

// AccessToken is a personal access token (internal/database/access_tokens.go:17).
type AccessToken struct {
	ID     int64 `gorm:"primarykey"`
	UserID int64 `xorm:"uid" gorm:"column:uid;index"`
	Name   string
	Sha1   string `gorm:"type:VARCHAR(40);unique"`
	SHA256 string `gorm:"type:VARCHAR(64);unique;not null"`

	CreatedUnix int64
	UpdatedUnix int64
}

// AccessTokensStore is the storage layer for access tokens.
type AccessTokensStore struct {
	db *gorm.DB
}

func newAccessTokensStore(db *gorm.DB) *AccessTokensStore {
	return &AccessTokensStore{db: db}
}

type ErrAccessTokenAlreadyExist struct {
	args errx.Args
}

func IsErrAccessTokenAlreadyExist(err error) bool {
	return errors.As(err, &ErrAccessTokenAlreadyExist{})
}

func (err ErrAccessTokenAlreadyExist) Error() string {
	return fmt.Sprintf("access token already exists: %v", err.args)
}

// Create creates a new access token and persist to database. It returns
// ErrAccessTokenAlreadyExist when an access token with same name already exists
// for the user.
//
// Reproduces internal/database/access_tokens.go:74.
func (s *AccessTokensStore) Create(ctx context.Context, userID int64, name string) (*AccessToken, error) {
	err := s.db.WithContext(ctx).Where("uid = ? AND name = ?", userID, name).First(new(AccessToken)).Error // race; no unique key: access_token (uid, name) has none, uid is only gorm "index" (access_tokens.go:19), Name has no tag
	if err == nil {
		return nil, ErrAccessTokenAlreadyExist{args: errx.Args{"userID": userID, "name": name}}
	} else if !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, err
	}

	token := cryptox.SHA1(uuid.New().String())
	sha256 := cryptox.SHA256(token)

	accessToken := &AccessToken{
		UserID: userID,
		Name:   name,
		Sha1:   sha256[:40], // To pass the column unique constraint, keep the length of SHA1.
		SHA256: sha256,
	}
	if err = s.db.WithContext(ctx).Create(accessToken).Error; err != nil {
		return nil, err
	}

	// Set back the raw access token value, for the sake of the caller.
	accessToken.Sha1 = token
	return accessToken, nil
}
