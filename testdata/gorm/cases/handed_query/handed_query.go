// Helpers written once for every model run the query their caller hands
// in (gin-admin's util.Exists and util.FindOne), and the caller's query
// names its model through a helper of its own (GetUserDB's
// Model(new(User))). Each call is a lookup of that model by the
// conditions of the query given: fixed with a unique key, reported
// without one, and reported when the query's conditions are not a plain
// equality match.
package handed_query

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

type User struct {
	ID       uint   `gorm:"primaryKey"`
	Username string `gorm:"size:64;uniqueIndex"`
	Name     string `gorm:"size:64"`
}

type Tag struct {
	ID   uint   `gorm:"primaryKey"`
	Name string `gorm:"size:64"`
}

var ErrTaken = errors.New("username taken")

// Exists runs the query it is handed as a count.
func Exists(ctx context.Context, db *gorm.DB) (bool, error) {
	db = db.WithContext(ctx)
	var count int64
	result := db.Count(&count)
	if err := result.Error; err != nil {
		return false, err
	}
	return count > 0, nil
}

// QueryOptions shape a query without changing the rows it matches.
type QueryOptions struct {
	SelectFields []string
	OrderFields  []string
}

func wrapQueryOptions(db *gorm.DB, opts QueryOptions) *gorm.DB {
	if len(opts.SelectFields) > 0 {
		db = db.Select(opts.SelectFields)
	}
	for _, o := range opts.OrderFields {
		db = db.Order(o)
	}
	return db
}

// FindOne fills out with the query's first row: false when there is none.
func FindOne(ctx context.Context, db *gorm.DB, opts QueryOptions, out interface{}) (bool, error) {
	db = db.WithContext(ctx)
	db = wrapQueryOptions(db, opts)
	result := db.First(out)
	if err := result.Error; err != nil {
		if err == gorm.ErrRecordNotFound {
			return false, nil
		}
		return false, err
	}
	return true, nil
}

func userDB(ctx context.Context, db *gorm.DB) *gorm.DB {
	return db.WithContext(ctx).Model(new(User))
}

type UserDAL struct{ DB *gorm.DB }

func NewUserDAL(db *gorm.DB) *UserDAL { return &UserDAL{DB: db} }

func (a *UserDAL) ExistsUsername(ctx context.Context, username string) (bool, error) {
	ok, err := Exists(ctx, userDB(ctx, a.DB).Where("username = ?", username))
	return ok, err
}

func (a *UserDAL) GetByUsername(ctx context.Context, username string) (*User, error) {
	item := new(User)
	ok, err := FindOne(ctx, userDB(ctx, a.DB).Where("username = ?", username), QueryOptions{}, item)
	if err != nil {
		return nil, err
	} else if !ok {
		return nil, nil
	}
	return item, nil
}

func (a *UserDAL) Create(ctx context.Context, u *User) error {
	return userDB(ctx, a.DB).Create(u).Error
}

// Register refuses a taken username: the loser of the race gets
// ErrTaken, as it would have run second.
func (a *UserDAL) Register(ctx context.Context, username string) error {
	ok, err := a.ExistsUsername(ctx, username)
	if err != nil {
		return err
	}
	if ok {
		return ErrTaken
	}
	return a.Create(ctx, &User{Username: username, Name: username})
}

// Ensure returns the user's id, creating the user when missing.
func (a *UserDAL) Ensure(ctx context.Context, username string) (uint, error) {
	u, err := a.GetByUsername(ctx, username)
	if err != nil {
		return 0, err
	}
	if u != nil {
		return u.ID, nil
	}
	u = &User{Username: username, Name: username}
	if err := a.Create(ctx, u); err != nil {
		return 0, err
	}
	return u.ID, nil
}

// EnsureTag: tags have no unique name, reported.
func EnsureTag(ctx context.Context, db *gorm.DB, name string) error {
	ok, err := Exists(ctx, db.Model(&Tag{}).Where("name = ?", name))
	if err != nil || ok {
		return err
	}
	return db.Create(&Tag{Name: name}).Error
}

// RegisterEither looks up by either column: not a key, reported.
func RegisterEither(ctx context.Context, db *gorm.DB, username string) error {
	ok, err := Exists(ctx, userDB(ctx, db).Where("username = ?", username).Or("name = ?", username))
	if err != nil || ok {
		return err
	}
	return db.Create(&User{Username: username, Name: username}).Error
}

func onlyActive(db *gorm.DB) *gorm.DB { return db.Where("name <> ?", "") }

// ExistsActive narrows the query it is handed with a helper that adds
// a condition: not read as the caller's query, so no site below.
func ExistsActive(ctx context.Context, db *gorm.DB) (bool, error) {
	db = scoped(db)
	var count int64
	if err := db.WithContext(ctx).Count(&count).Error; err != nil {
		return false, err
	}
	return count > 0, nil
}

func scoped(db *gorm.DB) *gorm.DB { return onlyActive(db) }

// RegisterActive is no site: its check's conditions are not all known.
func RegisterActive(ctx context.Context, db *gorm.DB, username string) error {
	ok, err := ExistsActive(ctx, userDB(ctx, db).Where("username = ?", username))
	if err != nil || ok {
		return err
	}
	return db.Create(&User{Username: username, Name: username}).Error
}

// tagDB returns through a named result: no model read (and no crash).
func tagDB(db *gorm.DB) (q *gorm.DB) {
	q = db.Model(&Tag{})
	return
}
