// Package model reproduces songquanpeng/one-api 8df4a2670b98 model/.
package model

import (
	"fmt"
	"log"

	"gorm.io/gorm"
)

var DB *gorm.DB

// User is model/user.go:36.
type User struct {
	Id          int    `json:"id"`
	Username    string `json:"username" gorm:"unique;index" validate:"max=12"`
	DisplayName string `json:"display_name" gorm:"index"`
	GitHubId    string `json:"github_id" gorm:"column:github_id;index"`
	LarkId      string `json:"lark_id" gorm:"column:lark_id;index"`
	Quota       int64  `json:"quota" gorm:"bigint;default:0"`
}

// Option is model/option.go.
type Option struct {
	Key   string `json:"key" gorm:"primaryKey"`
	Value string `json:"value"`
}

// IsGitHubIdAlreadyTaken is model/user.go:284: a Find, then RowsAffected.
func IsGitHubIdAlreadyTaken(githubId string) bool {
	return DB.Where("github_id = ?", githubId).Find(&User{}).RowsAffected == 1
}

func IsLarkIdAlreadyTaken(larkId string) bool {
	return DB.Where("lark_id = ?", larkId).Find(&User{}).RowsAffected == 1
}

func (user *User) FillUserByGitHubId() error {
	return DB.Where(User{GitHubId: user.GitHubId}).First(user).Error
}

func (user *User) FillUserByLarkId() error {
	return DB.Where(User{LarkId: user.LarkId}).First(user).Error
}

// Insert is model/user.go:120: the create and a log row.
func (user *User) Insert(inviterId int) error {
	user.Quota = 100
	result := DB.Create(user)
	if result.Error != nil {
		return result.Error
	}
	log.Printf("新用户注册赠送 %d", user.Quota)
	return nil
}

// UpdateOption is model/option.go:103.
func UpdateOption(key string, value string) error {
	option := Option{
		Key: key,
	}
	DB.FirstOrCreate(&option, Option{Key: key}) // race
	option.Value = value
	return DB.Save(&option).Error
}

// CreateRootAccountIfNeed is model/main.go:27: every instance that starts
// on an empty database creates a root user; the second fails on the
// unique username.
func CreateRootAccountIfNeed() error {
	var user User
	if err := DB.First(&user).Error; err != nil { // race
		log.Println("no user exists, creating a root user for you")
		rootUser := User{
			Username:    "root",
			DisplayName: "Root User",
			Quota:       500000000000000,
		}
		DB.Create(&rootUser)
	}
	return nil
}

// GetMaxUserId is model/user.go.
func GetMaxUserId() int {
	var user User
	DB.Last(&user)
	return user.Id
}

// ValidateAndFill is the login path: no create.
func (user *User) ValidateAndFill() error {
	if err := DB.Where("username = ?", user.Username).First(user).Error; err != nil { // safe: no create
		return fmt.Errorf("用户名或密码错误: %w", err)
	}
	return nil
}
