// A users store whose helpers answer from their arguments before they
// look (an empty name is never used, an empty email never found), a used
// test written as the lookup's error compared with gorm's not-found
// error, and a create checked first by name, then by email, through two
// functions (gogs's UsersStore.Create).
package store_guards

import (
	"context"
	"errors"
	"strings"

	"gorm.io/gorm"
)

// User has a unique lower-cased name; its email is not unique.
type User struct {
	ID        int64
	LowerName string `gorm:"uniqueIndex;size:191"`
	Name      string
	Email     string `gorm:"size:191"`
}

// ErrUserNotExist is the store's not-found error.
type ErrUserNotExist struct{ Email string }

func (e ErrUserNotExist) Error() string { return "user does not exist: " + e.Email }

// IsErrUserNotExist reports the store's not-found error.
func IsErrUserNotExist(err error) bool {
	_, ok := err.(ErrUserNotExist)
	return ok
}

// The found paths' answers.
var (
	ErrUserAlreadyExist = errors.New("user already exists")
	ErrEmailAlreadyUsed = errors.New("email already used")
)

// UsersStore is the store.
type UsersStore struct{ db *gorm.DB }

// NewUsersStore returns a store over db.
func NewUsersStore(db *gorm.DB) *UsersStore { return &UsersStore{db: db} }

// IsUsernameUsed reports a name taken by a user other than excludeUserID
// (true when the query fails, too).
func (s *UsersStore) IsUsernameUsed(ctx context.Context, username string, excludeUserID int64) bool {
	if username == "" {
		return false
	}
	return s.db.WithContext(ctx).
		Select("id").
		Where("lower_name = ? AND id != ?", strings.ToLower(username), excludeUserID).
		First(&User{}).
		Error != gorm.ErrRecordNotFound
}

// IsNameTaken answers true for an empty name without looking: its true
// is not always a row found, so it is no existence test.
func (s *UsersStore) IsNameTaken(ctx context.Context, username string) bool {
	if username == "" {
		return true
	}
	return s.db.WithContext(ctx).Where("lower_name = ?", strings.ToLower(username)).First(&User{}).Error != gorm.ErrRecordNotFound
}

// GetByEmail returns the user of the email, or ErrUserNotExist.
func (s *UsersStore) GetByEmail(ctx context.Context, email string) (*User, error) {
	if email == "" {
		return nil, ErrUserNotExist{Email: email}
	}
	user := new(User)
	err := s.db.WithContext(ctx).Where("email = ?", email).First(user).Error
	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, ErrUserNotExist{Email: email}
		}
		return nil, err
	}
	return user, nil
}

// Create refuses a used name, then a used email, else inserts the user:
// two races, the name's fixed (its key is unique), the email's reported.
func (s *UsersStore) Create(ctx context.Context, username, email string) (string, error) {
	if s.IsUsernameUsed(ctx, username, 0) {
		return "", ErrUserAlreadyExist
	}

	email = strings.ToLower(strings.TrimSpace(email))
	_, err := s.GetByEmail(ctx, email)
	if err == nil {
		return "", ErrEmailAlreadyUsed
	} else if !IsErrUserNotExist(err) {
		return "", err
	}

	user := &User{LowerName: strings.ToLower(username), Name: username, Email: email}
	return "created", s.db.WithContext(ctx).Create(user).Error
}

// CreateNamed checks the name with a helper whose answer is not only the
// lookup's: nothing to report.
func (s *UsersStore) CreateNamed(ctx context.Context, username string) (string, error) {
	if s.IsNameTaken(ctx, username) {
		return "", ErrUserAlreadyExist
	}
	user := &User{LowerName: strings.ToLower(username), Name: username}
	return "created", s.db.WithContext(ctx).Create(user).Error
}
