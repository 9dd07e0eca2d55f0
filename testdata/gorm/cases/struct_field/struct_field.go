package structfield

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Session struct {
	ID    uint
	Token string `gorm:"uniqueIndex"`
}

type Store struct{ db *gorm.DB }

func (s *Store) Session(ctx context.Context, token string) (*Session, error) {
	var sess Session
	err := s.db.WithContext(ctx).Where("token = ?", token).First(&sess).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		sess = Session{Token: token}
		err = s.db.WithContext(ctx).Create(&sess).Error
	}
	if err != nil {
		return nil, err
	}
	return &sess, nil
}
