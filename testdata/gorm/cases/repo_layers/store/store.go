// Package store is a repository layer over GORM, in a package of its own:
// a struct repository, and an interface with two implementations.
package store

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"

	"example.com/gormcases/cases/repo_layers/model"
)

type Members struct{ db *gorm.DB }

func NewMembers(db *gorm.DB) *Members { return &Members{db: db} }

// ByEmail wraps one lookup and returns its error, wrapped with %w.
func (r *Members) ByEmail(ctx context.Context, email string) (*model.Member, error) {
	var m model.Member
	if err := r.db.WithContext(ctx).Where("email = ?", email).First(&m).Error; err != nil {
		return nil, fmt.Errorf("member %s: %w", email, err)
	}
	return &m, nil
}

// Create fills in a default on the record it is given, then inserts it.
func (r *Members) Create(ctx context.Context, m *model.Member) error {
	if m.Plan == "" {
		m.Plan = "free"
	}
	return r.db.WithContext(ctx).Create(m).Error
}

// Accounts is implemented twice: on the handle, and on the handle with a
// statement timeout per call.
type Accounts interface {
	ByName(ctx context.Context, name string) (*model.Account, error)
	Create(ctx context.Context, a *model.Account) error
}

type SQLAccounts struct{ db *gorm.DB }

func (s *SQLAccounts) ByName(ctx context.Context, name string) (*model.Account, error) {
	var a model.Account
	err := s.db.WithContext(ctx).Where("name = ?", name).Take(&a).Error
	if err != nil {
		return nil, err
	}
	return &a, nil
}

func (s *SQLAccounts) Create(ctx context.Context, a *model.Account) error {
	return s.db.WithContext(ctx).Create(a).Error
}

type TimedAccounts struct {
	db      *gorm.DB
	timeout time.Duration
}

func (s *TimedAccounts) ByName(ctx context.Context, name string) (*model.Account, error) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	var a model.Account
	if err := s.db.WithContext(ctx).Where("name = ?", name).Take(&a).Error; err != nil {
		return nil, err
	}
	return &a, nil
}

func (s *TimedAccounts) Create(ctx context.Context, a *model.Account) error {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	return s.db.WithContext(ctx).Create(a).Error
}

// NewAccounts returns one of the two implementations.
func NewAccounts(db *gorm.DB, timeout time.Duration) Accounts {
	if timeout > 0 {
		return &TimedAccounts{db: db, timeout: timeout}
	}
	return &SQLAccounts{db: db}
}

// Option is a scope: 1Panel's DBOption.
type Option func(*gorm.DB) *gorm.DB

// WithEmail pins the e-mail.
func WithEmail(email string) Option {
	return func(db *gorm.DB) *gorm.DB { return db.Where("email = ?", email) }
}

// Get applies its options, then looks up; a zero member when none is
// found.
func (r *Members) Get(opts ...Option) (model.Member, error) {
	var m model.Member
	db := r.db
	for _, opt := range opts {
		db = opt(db)
	}
	err := db.First(&m).Error
	return m, err
}

// Add builds the member it inserts from its arguments.
func (r *Members) Add(email, plan string) error {
	m := &model.Member{Email: email, Plan: plan}
	return r.db.Create(m).Error
}
