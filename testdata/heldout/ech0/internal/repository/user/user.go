// Package repository reproduces internal/repository/user/user.go (the
// read-through user cache, ReadThroughTypedUnlessTx, is dropped: inside a
// transaction it reads the database, outside it only adds a cache in front of
// the same query).
package repository

import (
	"context"

	commonModel "example.com/heldout/ech0/internal/model/common"
	model "example.com/heldout/ech0/internal/model/user"
	"example.com/heldout/ech0/internal/transaction"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// UserRepository is internal/repository/user/user.go:17.
type UserRepository struct {
	db func() *gorm.DB
}

// NewUserRepository is internal/repository/user/user.go:22.
func NewUserRepository(dbProvider func() *gorm.DB) *UserRepository {
	return &UserRepository{db: dbProvider}
}

// getDB is internal/repository/user/user.go:32.
func (userRepository *UserRepository) getDB(ctx context.Context) *gorm.DB {
	if tx, ok := transaction.TxFromContext(ctx); ok {
		return tx
	}
	return userRepository.db()
}

// GetUserByUsername is internal/repository/user/user.go:39.
func (userRepository *UserRepository) GetUserByUsername(ctx context.Context, username string) (model.User, error) {
	user := model.User{}
	err := userRepository.getDB(ctx).Where("username = ?", username).First(&user).Error
	if err != nil {
		return model.User{}, err
	}
	return user, nil
}

// GetAllUsers is internal/repository/user/user.go:65.
func (userRepository *UserRepository) GetAllUsers(ctx context.Context) ([]model.User, error) {
	var users []model.User
	err := userRepository.getDB(ctx).Find(&users).Error
	if err != nil {
		return nil, err
	}
	return users, nil
}

// CreateUser is internal/repository/user/user.go:74.
func (userRepository *UserRepository) CreateUser(ctx context.Context, user *model.User) error {
	err := userRepository.getDB(ctx).Create(user).Error
	if err != nil {
		return err
	}
	return nil
}

// UpsertLocalAuth is internal/repository/user/user.go:90.
func (userRepository *UserRepository) UpsertLocalAuth(ctx context.Context, localAuth *model.UserLocalAuth) error {
	return userRepository.getDB(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "user_id"}},
		DoUpdates: clause.AssignmentColumns([]string{"password_hash", "password_algo", "updated_at"}),
	}).Create(localAuth).Error
}

// GetUserByID is internal/repository/user/user.go:97.
func (userRepository *UserRepository) GetUserByID(ctx context.Context, id string) (model.User, error) {
	var user model.User
	if err := userRepository.getDB(ctx).Where("id = ?", id).First(&user).Error; err != nil {
		return user, err
	}
	return user, nil
}

// IsInitialized is internal/repository/user/user.go:147.
func (userRepository *UserRepository) IsInitialized(ctx context.Context) (bool, error) {
	var kv commonModel.KeyValue
	err := userRepository.getDB(ctx).Where("key = ?", commonModel.InstallInitializedKey).First(&kv).Error
	if err == gorm.ErrRecordNotFound {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return kv.Value == "true", nil
}

// MarkInitialized is internal/repository/user/user.go:159; its only caller is
// UserService.InitOwner, inside transactor.Run.
func (userRepository *UserRepository) MarkInitialized(ctx context.Context) error {
	result := userRepository.getDB(ctx). // safe: only called inside UserService.InitOwner's transactor.Run; with _txlock=immediate (database.go:87) the transaction holds the SQLite write lock from BEGIN, so no other writer runs between this UPDATE and the INSERT
						Model(&commonModel.KeyValue{}).
						Where("key = ?", commonModel.InstallInitializedKey).
						Update("value", "true")
	if result.Error != nil {
		return result.Error
	}
	if result.RowsAffected > 0 {
		return nil
	}
	return userRepository.getDB(ctx).Create(&commonModel.KeyValue{
		Key:   commonModel.InstallInitializedKey,
		Value: "true",
	}).Error
}

// UpdateUser is internal/repository/user/user.go:176 (cache upkeep dropped).
func (userRepository *UserRepository) UpdateUser(ctx context.Context, user *model.User) error {
	var existing model.User
	if err := userRepository.getDB(ctx).Where("id = ?", user.ID).First(&existing).Error; err != nil {
		return err
	}

	return userRepository.getDB(ctx).Save(user).Error
}
