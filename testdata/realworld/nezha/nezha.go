// Package nezha reproduces nezhahq/nezha 1405ba76e567.
package nezha

import (
	"errors"
	"time"

	"gorm.io/gorm"
)

var DB *gorm.DB

type Common struct {
	ID        uint64 `gorm:"primaryKey"`
	CreatedAt time.Time
}

// WAF is model/waf.go:36.
type WAF struct {
	IP              []byte `gorm:"type:binary(16);primaryKey" json:"ip,omitempty"`
	BlockIdentifier int64  `gorm:"primaryKey" json:"block_identifier,omitempty"`
	BlockReason     uint8  `json:"block_reason,omitempty"`
	BlockTimestamp  uint64 `gorm:"index" json:"block_timestamp,omitempty"`
	Count           uint64 `json:"count,omitempty"`
}

// Oauth2Bind is model/oauth2bind.go:3.
type Oauth2Bind struct {
	Common

	UserID   uint64 `gorm:"uniqueIndex:u_p_o" json:"user_id,omitempty"`
	Provider string `gorm:"uniqueIndex:u_p_o" json:"provider,omitempty"`
	OpenID   string `gorm:"uniqueIndex:u_p_o" json:"open_id,omitempty"`
}

type User struct {
	Common
	Username string `json:"username,omitempty" gorm:"uniqueIndex"`
	Password string `json:"password,omitempty"`
}

// BlockIP is model/waf.go:106: the conditions are a struct built a few
// lines above.
func BlockIP(db *gorm.DB, ipBinary []byte, reason uint8, uid int64) error {
	w := WAF{
		IP:              ipBinary,
		BlockIdentifier: uid,
	}
	now := uint64(time.Now().Unix())
	return db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Where(&w).Attrs(WAF{ // race
			BlockReason:    reason,
			BlockTimestamp: now,
		}).FirstOrCreate(&w).Error; err != nil {
			return err
		}
		return tx.Exec("UPDATE nz_waf SET count = count + 1, block_reason = ?, block_timestamp = ? WHERE ip = ? and block_identifier = ?", reason, now, ipBinary, uid).Error
	})
}

// Bind is cmd/dashboard/controller/oauth2.go:184: Find never returns
// ErrRecordNotFound, so Save inserts a second bind for the same account.
func Bind(userID uint64, provider, openId string) error {
	var bind Oauth2Bind
	result := DB.Where("provider = ? AND open_id = ?", provider, openId).Limit(1).Find(&bind) // race
	if result.Error != nil && result.Error != gorm.ErrRecordNotFound {
		return result.Error
	}
	bind.UserID = userID
	bind.Provider = provider
	bind.OpenID = openId

	if result.Error == gorm.ErrRecordNotFound {
		result = DB.Create(&bind)
	} else {
		result = DB.Save(&bind)
	}
	return result.Error
}

// initSystem is cmd/dashboard/main.go:46: the admin is created on an
// empty database; two dashboards starting together create two.
func initSystem() error {
	var usersCount int64
	if err := DB.Model(&User{}).Count(&usersCount).Error; err != nil { // race
		return err
	}
	if usersCount == 0 {
		admin := User{
			Username: "admin",
			Password: "hash",
		}
		if err := DB.Create(&admin).Error; err != nil {
			return err
		}
	}
	return nil
}

// Login only reads.
func Login(username string) (*User, error) {
	var u User
	if err := DB.Where("username = ?", username).First(&u).Error; err != nil { // safe: no create
		return nil, errors.New("unauthorized")
	}
	return &u, nil
}
