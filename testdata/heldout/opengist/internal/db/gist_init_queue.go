package db

import "errors"

// ErrInitGistAlreadyConsumed reproduces internal/db/gist_init_queue.go:5.
var ErrInitGistAlreadyConsumed = errors.New("init gist already consumed")

// GistInitQueue reproduces internal/db/gist_init_queue.go:12 verbatim.
type GistInitQueue struct {
	GistID uint   `gorm:"primaryKey"`
	Gist   Gist   `gorm:"constraint:OnUpdate:CASCADE,OnDelete:CASCADE;foreignKey:GistID"`
	UserID uint   `gorm:"primaryKey"`
	User   User   `gorm:"constraint:OnUpdate:CASCADE,OnDelete:CASCADE;foreignKey:UserID"`
	Token  string `gorm:"size:32;uniqueIndex"`
}

// AddInitGistToQueue reproduces internal/db/gist_init_queue.go:20.
func AddInitGistToQueue(gistID uint, userID uint, token string) error {
	queue := &GistInitQueue{
		GistID: gistID,
		UserID: userID,
		Token:  token,
	}
	return db.Create(&queue).Error
}

// GetInitGistByToken reproduces internal/db/gist_init_queue.go:29.
func GetInitGistByToken(token string) (*Gist, error) {
	queue := new(GistInitQueue)
	err := db.Preload("Gist").Preload("Gist.User").
		Where("token = ?", token).
		First(&queue).Error
	if err != nil {
		return nil, err
	}
	return &queue.Gist, nil
}

// PopInitGistByToken reproduces internal/db/gist_init_queue.go:40 (the
// three-line query chain at :42-44 is joined on one line).
func PopInitGistByToken(token string) (*Gist, error) {
	queue := new(GistInitQueue)
	if err := db.Preload("Gist").Preload("Gist.User").Where("token = ?", token).First(&queue).Error; err != nil { // safe: guards a delete only; the DELETE's RowsAffected picks the one consumer (ErrInitGistAlreadyConsumed for the other)
		return nil, err
	}

	res := db.Where("token = ?", token).Delete(&GistInitQueue{})
	if res.Error != nil {
		return nil, res.Error
	}
	if res.RowsAffected == 0 {
		return nil, ErrInitGistAlreadyConsumed
	}

	return &queue.Gist, nil
}
