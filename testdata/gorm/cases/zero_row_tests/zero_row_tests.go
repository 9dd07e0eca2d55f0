// Getters that return a new zero row when none matched, never nil, and
// callers that test it the ways services do: tag != nil && tag.ID != 0
// (rustdesk-api's tag handlers), user.Base != nil && user.ID > 0 through
// an embedded pointer that holds the primary key (paopao-ce's
// validUsername), and a getter whose conditions are added to its query
// variable in branches.
package zero_row_tests

import (
	"errors"

	"gorm.io/gorm"
)

// Tag is unique by name.
type Tag struct {
	ID   int64  `gorm:"primaryKey"`
	Name string `gorm:"uniqueIndex;size:191"`
}

// TagService is the tags' service.
type TagService struct{ db *gorm.DB }

// NewTagService returns a service over db.
func NewTagService(db *gorm.DB) *TagService { return &TagService{db: db} }

// InfoByName returns the tag, or a zero one.
func (s *TagService) InfoByName(name string) *Tag {
	p := &Tag{}
	s.db.Where("name = ?", name).First(p)
	return p
}

// ErrExists is the found path's answer.
var ErrExists = errors.New("item exists")

// TagAdd refuses a tag that exists, else creates it: fixed.
func (s *TagService) TagAdd(name string) (string, error) {
	tag := s.InfoByName(name)
	if tag != nil && tag.ID != 0 {
		return "", ErrExists
	}
	if err := s.db.Create(&Tag{Name: name}).Error; err != nil {
		return "", err
	}
	return "created", nil
}

// TagAddIfNil tests for a nil row, which the getter never returns: the
// create never runs, nothing to report.
func (s *TagService) TagAddIfNil(name string) error {
	tag := s.InfoByName(name)
	if tag == nil {
		return s.db.Create(&Tag{Name: name}).Error
	}
	return nil
}

// Base holds the primary key.
type Base struct {
	ID int64 `gorm:"primaryKey"`
}

// User embeds a pointer to Base.
type User struct {
	*Base
	Username string `gorm:"uniqueIndex;size:191"`
	Phone    string
}

// Get looks the user up by whichever of its fields is set.
func (u *User) Get(db *gorm.DB) (*User, error) {
	var user User
	if u.Base != nil && u.ID > 0 {
		db = db.Where("id = ?", u.ID)
	} else if u.Phone != "" {
		db = db.Where("phone = ?", u.Phone)
	} else {
		db = db.Where("username = ?", u.Username)
	}
	err := db.First(&user).Error
	if err != nil {
		return &user, err
	}
	return &user, nil
}

// ErrUsernameTaken is the found path's answer.
var ErrUsernameTaken = errors.New("username taken")

// UserService is the users' service.
type UserService struct{ db *gorm.DB }

// validUsername refuses a taken name: the row is found when its embedded
// Base is set and its ID positive.
func (s *UserService) validUsername(username string) error {
	user, _ := (&User{Username: username}).Get(s.db)
	if user.Base != nil && user.ID > 0 {
		return ErrUsernameTaken
	}
	return nil
}

// Register creates the user when the name is free: reported, and refused
// because the getter's conditions are chosen in branches.
func (s *UserService) Register(username string) error {
	if err := s.validUsername(username); err != nil {
		return err
	}
	return s.db.Create(&User{Username: username}).Error
}
