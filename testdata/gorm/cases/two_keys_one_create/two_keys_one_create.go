// Issue 17: two lookups of other unique keys (a phone, then an e-mail)
// guard one insert, each in a branch, each testing that the row found is
// not the record at hand (authorizer's AddUser): two races, one per key.
package two_keys_one_create

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

type User struct {
	ID    string  `gorm:"primaryKey"`
	Email *string `gorm:"uniqueIndex"`
	Phone *string `gorm:"uniqueIndex"`
}

type Store struct{ db *gorm.DB }

func (p *Store) ByEmail(ctx context.Context, email string) (*User, error) {
	var u *User
	if err := p.db.WithContext(ctx).Where("email = ?", email).First(&u).Error; err != nil {
		return nil, err
	}
	return u, nil
}

func (p *Store) ByPhone(ctx context.Context, phone string) (*User, error) {
	var u *User
	if err := p.db.WithContext(ctx).Where("phone = ?", phone).First(&u).Error; err != nil {
		return nil, err
	}
	return u, nil
}

func (p *Store) Add(ctx context.Context, user *User) (*User, error) {
	if user.Phone != nil && *user.Phone != "" {
		if u, _ := p.ByPhone(ctx, *user.Phone); u != nil && u.ID != user.ID {
			return user, errors.New("phone taken")
		}
	}
	if user.Email != nil && *user.Email != "" {
		if u, _ := p.ByEmail(ctx, *user.Email); u != nil && u.ID != user.ID {
			return user, errors.New("email taken")
		}
	}
	if err := p.db.WithContext(ctx).Create(&user).Error; err != nil {
		return nil, err
	}
	return user, nil
}
