package db

import (
	"strings"

	"example.com/heldout/opengist/internal/git"
	"gorm.io/gorm"
)

// Visibility reproduces internal/db/gist.go:21.
type Visibility int

const (
	PublicVisibility Visibility = iota
	UnlistedVisibility
	PrivateVisibility
)

// Gist reproduces internal/db/gist.go:70 verbatim: no index at all on Uuid,
// URL, URLNormalized, UserID or ForkedID.
type Gist struct {
	ID              uint `gorm:"primaryKey"`
	Uuid            string
	Title           string
	URL             string
	URLNormalized   string
	Preview         string
	PreviewFilename string
	PreviewMimeType string
	Description     string
	Private         Visibility // 0: public, 1: unlisted, 2: private
	UserID          uint
	User            User
	NbFiles         int
	NbLikes         int
	NbForks         int
	CreatedAt       int64
	UpdatedAt       int64
	ExpiresAt       int64 // 0: never expires
	Archived        bool

	Likes    []User `gorm:"many2many:likes;constraint:OnUpdate:CASCADE,OnDelete:CASCADE"`
	Forked   *Gist  `gorm:"foreignKey:ForkedID;constraint:OnUpdate:CASCADE,OnDelete:SET NULL"`
	ForkedID uint

	Topics    []GistTopic    `gorm:"constraint:OnUpdate:CASCADE,OnDelete:CASCADE"`
	Languages []GistLanguage `gorm:"constraint:OnUpdate:CASCADE,OnDelete:CASCADE"`
}

// Like reproduces internal/db/gist.go:99: the likes join table, primary key
// (user_id, gist_id), set up with db.SetupJoinTable (db.go:155, :159).
type Like struct {
	UserID    uint `gorm:"primaryKey"`
	GistID    uint `gorm:"primaryKey"`
	CreatedAt int64
}

// BeforeSave reproduces internal/db/gist.go:105.
func (gist *Gist) BeforeSave(_ *gorm.DB) error {
	gist.URLNormalized = strings.ToLower(gist.URL)
	return nil
}

// GetGist reproduces internal/db/gist.go:121.
func GetGist(user string, gistUuid string) (*Gist, error) {
	gist := new(Gist)
	err := db.Preload("User").Preload("Forked.User").Preload("Topics").
		Where("(gists.uuid LIKE ? OR gists.url_normalized = ?) AND users.username_normalized = ?",
			strings.ToLower(gistUuid)+"%", strings.ToLower(gistUuid), strings.ToLower(user)).
		Joins("join users on gists.user_id = users.id").
		First(&gist).Error

	return gist, err
}

// GetGistByID reproduces internal/db/gist.go:138.
func GetGistByID(gistId string) (*Gist, error) {
	gist := new(Gist)
	err := db.Preload("User").Preload("Forked.User").Preload("Topics").
		Where("gists.id = ?", gistId).
		First(&gist).Error

	return gist, err
}

// Create reproduces internal/db/gist.go:601.
func (gist *Gist) Create() error {
	// avoids foreign key constraint error because the default value in the struct is 0
	return db.Omit("forked_id").Create(&gist).Error
}

// CreateForked reproduces internal/db/gist.go:606.
func (gist *Gist) CreateForked() error {
	return db.Create(&gist).Error
}

// AppendUserLike reproduces internal/db/gist.go:639. GORM writes the join
// row of Association(...).Append with clause.OnConflict{DoNothing: true}
// (gorm callbacks/associations.go, many2many branch).
func (gist *Gist) AppendUserLike(user *User) error {
	err := db.Model(&gist).Omit("updated_at").Update("nb_likes", gist.NbLikes+1).Error
	if err != nil {
		return err
	}

	return db.Model(&gist).Omit("updated_at").Association("Likes").Append(user)
}

// RemoveUserLike reproduces internal/db/gist.go:648.
func (gist *Gist) RemoveUserLike(user *User) error {
	err := db.Model(&gist).Omit("updated_at").Update("nb_likes", gist.NbLikes-1).Error
	if err != nil {
		return err
	}

	return db.Model(&gist).Omit("updated_at").Association("Likes").Delete(user)
}

// IncrementForkCount reproduces internal/db/gist.go:657.
func (gist *Gist) IncrementForkCount() error {
	return db.Model(&gist).Omit("updated_at").Update("nb_forks", gist.NbForks+1).Error
}

// GetForkParent reproduces internal/db/gist.go:661 (despite its name it
// returns user's fork of gist).
func (gist *Gist) GetForkParent(user *User) (*Gist, error) {
	fork := new(Gist)
	err := db.Preload("User").
		Where("forked_id = ? and user_id = ?", gist.ID, user.ID).
		First(&fork).Error
	return fork, err
}

// InitRepository reproduces internal/db/gist.go:712.
func (gist *Gist) InitRepository() error {
	return git.InitRepository(gist.User.Username, gist.Uuid)
}

// ForkClone reproduces internal/db/gist.go:893.
func (gist *Gist) ForkClone(username string, uuid string) error {
	return git.ForkClone(gist.User.Username, gist.Uuid, username, uuid)
}

// Identifier reproduces internal/db/gist.go:961.
func (gist *Gist) Identifier() string {
	if gist.URL != "" {
		return gist.URL
	}
	return gist.Uuid
}

// GetGistByUUID reproduces internal/db/gist.go:132.
func GetGistByUUID(uuid string) (*Gist, error) {
	gist := new(Gist)
	err := db.Preload("User").Preload("Forked.User").Where("uuid = ?", uuid).First(gist).Error
	return gist, err
}
