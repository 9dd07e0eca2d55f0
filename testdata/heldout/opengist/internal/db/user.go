package db

import (
	"strings"

	"gorm.io/gorm"
)

// User reproduces internal/db/user.go:14 verbatim. Note the tag on Username:
// "uniqueIndex,size:191" uses a comma where GORM expects ";", so GORM reads one
// setting named "UNIQUEINDEX,SIZE" and declares neither a unique index nor a
// size (checked with gorm.io/gorm v1.31.2 schema.Parse: no index on users).
// UsernameNormalized, the column every lookup uses, is a plain index.
type User struct {
	ID                 uint   `gorm:"primaryKey"`
	Username           string `gorm:"uniqueIndex,size:191"`
	UsernameNormalized string `gorm:"index"`
	Password           string
	IsAdmin            bool
	CreatedAt          int64
	Email              string
	MD5Hash            string // for gravatar, if no Email is specified, the value is random
	AvatarURL          string // an absolute URL (from an OAuth provider) or a bare filename for a manually uploaded avatar stored under {home}/avatars/users
	GithubID           string
	GitlabID           string
	GiteaID            string
	OIDCID             string `gorm:"column:oidc_id"`
	StylePreferences   string

	Gists               []Gist               `gorm:"constraint:OnUpdate:CASCADE,OnDelete:CASCADE;foreignKey:UserID"`
	SSHKeys             []SSHKey             `gorm:"constraint:OnUpdate:CASCADE,OnDelete:CASCADE;foreignKey:UserID"`
	Liked               []Gist               `gorm:"many2many:likes;constraint:OnUpdate:CASCADE,OnDelete:CASCADE"`
	WebAuthnCredentials []WebAuthnCredential `gorm:"constraint:OnUpdate:CASCADE,OnDelete:CASCADE;foreignKey:UserID"`
	AccessTokens        []AccessToken        `gorm:"constraint:OnUpdate:CASCADE,OnDelete:CASCADE;foreignKey:UserID"`
}

// BeforeSave reproduces internal/db/user.go:37.
func (user *User) BeforeSave(_ *gorm.DB) error {
	user.UsernameNormalized = strings.ToLower(user.Username)
	return nil
}

// UserExists reproduces internal/db/user.go:110.
func UserExists(username string) (bool, error) {
	var count int64
	err := db.Model(&User{}).Where("username_normalized = ?", strings.ToLower(username)).Count(&count).Error
	return count > 0, err
}

// GetUserByUsername reproduces internal/db/user.go:191.
func GetUserByUsername(username string) (*User, error) {
	user := new(User)
	err := db.
		Where("username_normalized = ?", strings.ToLower(username)).
		First(&user).Error
	return user, err
}

// GetUserById reproduces internal/db/user.go:199.
func GetUserById(userId uint) (*User, error) {
	user := new(User)
	err := db.
		Where("id = ?", userId).
		First(&user).Error
	return user, err
}

// GetUserByProvider reproduces internal/db/user.go:249.
func GetUserByProvider(id string, provider string) (*User, error) {
	user := new(User)
	var err error
	switch provider {
	case "github":
		err = db.Where("github_id = ?", id).First(&user).Error
	case "gitlab":
		err = db.Where("gitlab_id = ?", id).First(&user).Error
	case "gitea":
		err = db.Where("gitea_id = ?", id).First(&user).Error
	case "openid-connect":
		err = db.Where("oidc_id = ?", id).First(&user).Error
	}

	return user, err
}

// Create reproduces internal/db/user.go:266.
func (user *User) Create() error {
	return db.Create(&user).Error
}

// Update reproduces internal/db/user.go:270.
func (user *User) Update() error {
	return db.Save(&user).Error
}

// SetAdmin reproduces internal/db/user.go:278.
func (user *User) SetAdmin() error {
	return db.Model(&user).Update("is_admin", true).Error
}

// HasLiked reproduces internal/db/user.go:282.
func (user *User) HasLiked(gist *Gist) (bool, error) {
	association := db.Model(&gist).Where("user_id = ?", user.ID).Association("Likes")
	if association.Error != nil {
		return false, association.Error
	}

	if association.Count() == 0 {
		return false, nil
	}
	return true, nil
}

// HasMFA reproduces internal/db/user.go:315.
func (user *User) HasMFA() (bool, bool, error) {
	var webauthn bool
	var totp bool
	err := db.Model(&WebAuthnCredential{}).Select("count(*) > 0").Where("user_id = ?", user.ID).Find(&webauthn).Error
	if err != nil {
		return false, false, err
	}

	err = db.Model(&TOTP{}).Select("count(*) > 0").Where("user_id = ?", user.ID).Find(&totp).Error

	return webauthn, totp, err
}

// -- DTO -- //

// UserDTO reproduces internal/db/user.go:345.
type UserDTO struct {
	Username string `form:"username" validate:"required,max=24,alphanumdash,notreserved"`
	Password string `form:"password" validate:"required"`
}

// OAuthRegisterDTO reproduces internal/db/user.go:350.
type OAuthRegisterDTO struct {
	Username string `form:"username" validate:"required,max=24,alphanumdashunder,notreserved"`
	Email    string `form:"email" validate:"omitempty,email"`
}

// ToUser reproduces internal/db/user.go:355.
func (dto *UserDTO) ToUser() *User {
	return &User{
		Username: dto.Username,
		Password: dto.Password,
	}
}

// UserUsernameDTO reproduces internal/db/user.go:362.
type UserUsernameDTO struct {
	Username string `form:"username" validate:"required,max=24,alphanumdash,notreserved"`
}
