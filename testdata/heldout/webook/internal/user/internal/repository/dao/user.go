package dao

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"example.com/heldout/webook/pkg/egorm"
	"github.com/go-sql-driver/mysql"
	"gorm.io/gorm"
)

// ErrDataNotFound 通用的数据没找到
var ErrDataNotFound = gorm.ErrRecordNotFound

// ErrUserDuplicate 这个算是 user 专属的
var ErrUserDuplicate = errors.New("用户已经注册")

var ErrPhoneNotFound = errors.New("手机号没找到")

// UserDAO reproduces internal/user/internal/repository/dao/user.go:23.
type UserDAO interface {
	Insert(ctx context.Context, u User) (int64, error)
	UpdateNonZeroFields(ctx context.Context, u User) error
	FindByWechat(ctx context.Context, unionId string) (User, error)
	FindById(ctx context.Context, id int64) (User, error)
	FindByPhone(ctx context.Context, phone string) (User, error)
}

type GORMUserDAO struct {
	db *egorm.Component
}

func NewGORMUserDAO(db *egorm.Component) UserDAO {
	return &GORMUserDAO{
		db: db,
	}
}

// FindByPhone reproduces dao/user.go:42 (used by the phone login, which does
// not create: PhoneRegister inserts without a lookup).
func (ud *GORMUserDAO) FindByPhone(ctx context.Context, phone string) (User, error) {
	var u User
	err := ud.db.WithContext(ctx).First(&u, "phone = ?", phone).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return User{}, ErrPhoneNotFound
	}
	return u, err
}

func (ud *GORMUserDAO) UpdateNonZeroFields(ctx context.Context, u User) error {
	return ud.db.WithContext(ctx).Updates(&u).Error
}

// Insert reproduces dao/user.go:55 (the duplicate-key error is mapped to
// ErrUserDuplicate and returned, not resolved by a second lookup).
func (ud *GORMUserDAO) Insert(ctx context.Context, u User) (int64, error) {
	now := time.Now().UnixMilli()
	u.Ctime = now
	u.Utime = now
	err := ud.db.WithContext(ctx).Create(&u).Error
	if me, ok := err.(*mysql.MySQLError); ok {
		const uniqueIndexErrNo uint16 = 1062
		if me.Number == uniqueIndexErrNo {
			return 0, ErrUserDuplicate
		}
	}
	return u.Id, err
}

// FindByWechat reproduces dao/user.go:69.
func (ud *GORMUserDAO) FindByWechat(ctx context.Context, unionId string) (User, error) {
	var u User
	err := ud.db.WithContext(ctx).First(&u, "wechat_union_id = ?", unionId).Error
	return u, err
}

func (ud *GORMUserDAO) FindById(ctx context.Context, id int64) (User, error) {
	var u User
	err := ud.db.WithContext(ctx).First(&u, "id = ?", id).Error
	return u, err
}

// User reproduces dao/user.go:87 (table users, AutoMigrate in init.go; a
// sharding callback, user_callback.go, switches to users_ielts for app 1, with
// the same tags). wechat_union_id is UNIQUE (:95).
type User struct {
	Id       int64 `gorm:"primaryKey,autoIncrement"`
	Nickname string
	Avatar   string
	SN       string         `gorm:"type:varchar(256);unique"`
	Phone    sql.NullString `gorm:"type:varchar(50);unique"`
	// TODO 后面要考虑拆分出去作为单表了
	WechatOpenId     sql.NullString `gorm:"type:varchar(256);unique"`
	WechatUnionId    sql.NullString `gorm:"type:varchar(256);unique"`
	WechatMiniOpenId sql.NullString `gorm:"type:varchar(256);unique"`
	// 创建时间
	Ctime int64
	// 更新时间
	Utime int64
}
