// Transactions carried in the context (ech0's and gin-admin's
// transactors): the service looks the user up outside any transaction,
// then creates it, and its profile, in a callback that a runner of the
// module's wraps in GORM's Transaction, handing the transaction on in
// the context the repositories read it from. The fix goes around the
// runner's call. A runner that drops its callback's error, and a
// callback that writes a package variable before the insert, are not
// fixed.
package ctx_transactor

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

type User struct {
	ID   uint   `gorm:"primaryKey"`
	Name string `gorm:"uniqueIndex;size:64"`
}

type Profile struct {
	ID     uint   `gorm:"primaryKey"`
	UserID uint   `gorm:"uniqueIndex"`
	Bio    string `gorm:"size:64"`
}

type txKey struct{}

// Transactor runs fn in a transaction.
type Transactor interface {
	Run(ctx context.Context, fn func(ctx context.Context) error) error
}

// GormTransactor is the only Transactor.
type GormTransactor struct {
	dbProvider func() *gorm.DB
}

// Run hands fn a context that carries the transaction.
func (t *GormTransactor) Run(ctx context.Context, fn func(ctx context.Context) error) error {
	if ctx == nil {
		ctx = context.Background()
	}
	return t.dbProvider().Transaction(func(tx *gorm.DB) error {
		txCtx := context.WithValue(ctx, txKey{}, tx)
		return fn(txCtx)
	})
}

// UserRepo reads the transaction from the context, if any.
type UserRepo struct {
	db func() *gorm.DB
}

func (r *UserRepo) getDB(ctx context.Context) *gorm.DB {
	if tx, ok := ctx.Value(txKey{}).(*gorm.DB); ok {
		return tx
	}
	return r.db().WithContext(ctx)
}

// GetByName finds the user.
func (r *UserRepo) GetByName(ctx context.Context, name string) (*User, error) {
	var u User
	if err := r.getDB(ctx).Where("name = ?", name).First(&u).Error; err != nil {
		return nil, err
	}
	return &u, nil
}

// Create inserts the user.
func (r *UserRepo) Create(ctx context.Context, u *User) error {
	return r.getDB(ctx).Create(u).Error
}

// CreateProfile inserts the user's profile.
func (r *UserRepo) CreateProfile(ctx context.Context, p *Profile) error {
	return r.getDB(ctx).Create(p).Error
}

// Repository is what the service needs.
type Repository interface {
	GetByName(ctx context.Context, name string) (*User, error)
	Create(ctx context.Context, u *User) error
	CreateProfile(ctx context.Context, p *Profile) error
}

// Service registers users.
type Service struct {
	repo Repository
	tx   Transactor
}

// NewService builds the service over db.
func NewService(db *gorm.DB) *Service {
	provider := func() *gorm.DB { return db }
	return &Service{repo: &UserRepo{db: provider}, tx: &GormTransactor{dbProvider: provider}}
}

// Register returns the user of that name, created with its profile
// when missing.
func (s *Service) Register(ctx context.Context, name string) (uint, error) {
	u, err := s.repo.GetByName(ctx, name)
	if err == nil {
		return u.ID, nil
	}
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return 0, err
	}
	nu := &User{Name: name}
	if err := s.tx.Run(ctx, func(ctx context.Context) error {
		if err := s.repo.Create(ctx, nu); err != nil {
			return err
		}
		return s.repo.CreateProfile(ctx, &Profile{UserID: nu.ID, Bio: "new"})
	}); err != nil {
		return 0, err
	}
	return nu.ID, nil
}

var registered int

// RegisterCounted counts the registration before the insert, which the
// transaction cannot take back: reported, not fixed.
func (s *Service) RegisterCounted(ctx context.Context, name string) (uint, error) {
	if _, err := s.repo.GetByName(ctx, name); err == nil {
		return 0, errors.New("taken")
	}
	nu := &User{Name: name}
	if err := s.tx.Run(ctx, func(ctx context.Context) error {
		registered++
		return s.repo.Create(ctx, nu)
	}); err != nil {
		return 0, err
	}
	return nu.ID, nil
}

// Detached runs fn and drops its error: not a runner of transactions.
type Detached struct {
	dbProvider func() *gorm.DB
}

// Do runs fn.
func (d *Detached) Do(ctx context.Context, fn func(ctx context.Context) error) error {
	return d.dbProvider().Transaction(func(tx *gorm.DB) error {
		_ = fn(context.WithValue(ctx, txKey{}, tx))
		return nil
	})
}

// RegisterDetached is reported, not fixed: the runner hides the insert's
// error.
func RegisterDetached(ctx context.Context, db *gorm.DB, name string) (uint, error) {
	repo := &UserRepo{db: func() *gorm.DB { return db }}
	d := &Detached{dbProvider: func() *gorm.DB { return db }}
	if _, err := repo.GetByName(ctx, name); err == nil {
		return 0, errors.New("taken")
	}
	nu := &User{Name: name}
	if err := d.Do(ctx, func(ctx context.Context) error {
		return repo.Create(ctx, nu)
	}); err != nil {
		return 0, err
	}
	return nu.ID, nil
}
