package database

import (
	"context"
	"encoding/json"
	"fmt"

	"gorm.io/gorm"

	"example.com/heldout/gogs/internal/auth"
	"example.com/heldout/gogs/internal/errx"
	"example.com/heldout/gogs/third_party/errors"
)

// LoginSource represents an external way for authorizing users
// (internal/database/login_sources.go:22).
type LoginSource struct {
	ID        int64 `gorm:"primaryKey"`
	Type      auth.Type
	Name      string        `xorm:"UNIQUE" gorm:"unique"`
	IsActived bool          `xorm:"NOT NULL DEFAULT false" gorm:"not null"`
	IsDefault bool          `xorm:"DEFAULT false"`
	Provider  auth.Provider `xorm:"-" gorm:"-"`
	Config    string        `xorm:"TEXT cfg" gorm:"column:cfg;type:TEXT" json:"RawConfig"`

	CreatedUnix int64
	UpdatedUnix int64
}

// LoginSourcesStore is the storage layer for login sources.
type LoginSourcesStore struct {
	db *gorm.DB
}

func newLoginSourcesStore(db *gorm.DB) *LoginSourcesStore {
	return &LoginSourcesStore{db: db}
}

type CreateLoginSourceOptions struct {
	Type      auth.Type
	Name      string
	Activated bool
	Default   bool
	Config    any
}

type ErrLoginSourceAlreadyExist struct {
	args errx.Args
}

func IsErrLoginSourceAlreadyExist(err error) bool {
	return errors.As(err, &ErrLoginSourceAlreadyExist{})
}

func (err ErrLoginSourceAlreadyExist) Error() string {
	return fmt.Sprintf("login source already exists: %v", err.args)
}

// Create creates a new login source and persists it to the database. It returns
// ErrLoginSourceAlreadyExist when a login source with same name already exists.
//
// Reproduces internal/database/login_sources.go:204 (caller: POST
// /admin/auths/new -> route/admin/auths.go NewAuthSourcePost).
func (s *LoginSourcesStore) Create(ctx context.Context, opts CreateLoginSourceOptions) (*LoginSource, error) {
	err := s.db.WithContext(ctx).Where("name = ?", opts.Name).First(new(LoginSource)).Error // race
	if err == nil {
		return nil, ErrLoginSourceAlreadyExist{args: errx.Args{"name": opts.Name}}
	} else if !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, err
	}

	source := &LoginSource{
		Type:      opts.Type,
		Name:      opts.Name,
		IsActived: opts.Activated,
		IsDefault: opts.Default,
	}
	data, err := json.Marshal(opts.Config)
	source.Config = string(data)
	if err != nil {
		return nil, err
	}
	return source, s.db.WithContext(ctx).Create(source).Error
}

type ErrLoginSourceNotExist struct {
	args errx.Args
}

func (err ErrLoginSourceNotExist) Error() string {
	return fmt.Sprintf("login source does not exist: %v", err.args)
}

// GetByID returns the login source with given ID (internal/database/login_sources.go:260;
// the fallback to the auth.d file store is dropped).
func (s *LoginSourcesStore) GetByID(ctx context.Context, id int64) (*LoginSource, error) {
	source := new(LoginSource)
	err := s.db.WithContext(ctx).Where("id = ?", id).First(source).Error
	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, ErrLoginSourceNotExist{args: errx.Args{"id": id}}
		}
		return nil, err
	}
	return source, nil
}
