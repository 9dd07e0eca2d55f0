// Package service reproduces internal/service/user (user.go, ports.go).
package service

import (
	"context"
	"errors"
	"strings"

	"example.com/heldout/ech0/internal/kvstore"
	authModel "example.com/heldout/ech0/internal/model/auth"
	commonModel "example.com/heldout/ech0/internal/model/common"
	model "example.com/heldout/ech0/internal/model/user"
	coreSetting "example.com/heldout/ech0/internal/setting"
	"example.com/heldout/ech0/internal/transaction"
	"example.com/heldout/ech0/pkg/viewer"
)

// Repository is internal/service/user/ports.go (reduced to what is used).
type Repository interface {
	GetUserByUsername(ctx context.Context, username string) (model.User, error)
	GetUserByID(ctx context.Context, id string) (model.User, error)
	GetAllUsers(ctx context.Context) ([]model.User, error)
	CreateUser(ctx context.Context, newUser *model.User) error
	UpsertLocalAuth(ctx context.Context, localAuth *model.UserLocalAuth) error
	UpdateUser(ctx context.Context, user *model.User) error
	IsInitialized(ctx context.Context) (bool, error)
	MarkInitialized(ctx context.Context) error
}

// UserService is internal/service/user/user.go:28.
type UserService struct {
	transactor     transaction.Transactor
	userRepository Repository
	durableKV      kvstore.Store
}

// NewUserService is internal/service/user/user.go:44.
func NewUserService(
	tx transaction.Transactor,
	userRepository Repository,
	durableKV kvstore.Store,
) *UserService {
	return &UserService{
		transactor:     tx,
		userRepository: userRepository,
		durableKV:      durableKV,
	}
}

// InitOwner is internal/service/user/user.go:76 (validation and hashing
// reduced). Reached from InitService.InitOwner (service/init/init.go:44),
// which has already checked IsInitialized outside any transaction.
func (userService *UserService) InitOwner(registerDto *authModel.RegisterDto) error {
	if registerDto.Username == "" || registerDto.Password == "" {
		return errors.New(commonModel.USERNAME_OR_PASSWORD_NOT_BE_EMPTY)
	}
	email := strings.TrimSpace(registerDto.Email)
	passwordHash := registerDto.Password

	var owner model.User
	if err := userService.transactor.Run(context.Background(), func(ctx context.Context) error {
		initialized, err := userService.userRepository.IsInitialized(ctx)
		if err != nil {
			return err
		}
		if initialized {
			return commonModel.NewBizError(commonModel.ErrCodeInitAlreadyDone, commonModel.SYSTEM_ALREADY_INITED)
		}

		users, err := userService.userRepository.GetAllUsers(ctx)
		if err != nil {
			return err
		}
		if len(users) > 0 {
			return commonModel.NewBizError(commonModel.ErrCodeInitOwnerExists, commonModel.OWNER_ALREADY_EXISTS)
		}

		existingUser, err := userService.userRepository.GetUserByUsername(ctx, registerDto.Username) // safe: the checks and the inserts all run in one transactor.Run; with _txlock=immediate (database.go:87) it holds the SQLite write lock from BEGIN, so concurrent InitOwner calls are serialized and the second sees the first owner
		if err == nil && existingUser.ID != model.USER_NOT_EXISTS_ID {
			return errors.New(commonModel.USERNAME_HAS_EXISTS)
		}

		owner = model.User{
			Username: registerDto.Username,
			Email:    email,
			IsAdmin:  true,
			IsOwner:  true,
			Locale:   "zh-CN",
		}

		if err := userService.userRepository.CreateUser(ctx, &owner); err != nil {
			return err
		}
		if err := userService.userRepository.UpsertLocalAuth(ctx, &model.UserLocalAuth{
			UserID:       owner.ID,
			PasswordHash: passwordHash,
			PasswordAlgo: "bcrypt",
		}); err != nil {
			return err
		}

		return userService.userRepository.MarkInitialized(ctx)
	}); err != nil {
		return err
	}

	return nil
}

// Register is internal/service/user/user.go:166 (hashing and e-mail
// validation reduced). Reached from POST /register -> UserHandler.Register
// (handler/user/user.go:48).
func (userService *UserService) Register(registerDto *authModel.RegisterDto) error {
	initialized, err := userService.userRepository.IsInitialized(context.Background())
	if err != nil {
		return err
	}
	if !initialized {
		return commonModel.NewBizError(commonModel.ErrCodeInitInvalidState, commonModel.SIGNUP_FIRST)
	}

	users, err := userService.userRepository.GetAllUsers(context.Background())
	if err != nil {
		return err
	}
	if len(users) > authModel.MAX_USER_COUNT {
		return errors.New(commonModel.USER_COUNT_EXCEED_LIMIT)
	}

	passwordHash := registerDto.Password
	email := strings.TrimSpace(registerDto.Email)

	newUser := model.User{
		Username: registerDto.Username,
		Email:    email,
		IsAdmin:  false,
		IsOwner:  false,
		Locale:   "zh-CN",
	}

	user, err := userService.userRepository.GetUserByUsername(context.Background(), newUser.Username) // race
	if err == nil && user.ID != model.USER_NOT_EXISTS_ID {
		return errors.New(commonModel.USERNAME_HAS_EXISTS)
	}

	sysSetting, err := coreSetting.Get(context.Background(), userService.durableKV, coreSetting.System)
	if err != nil {
		return err
	}
	if !sysSetting.AllowRegister {
		return errors.New(commonModel.USER_REGISTER_NOT_ALLOW)
	}
	if err := userService.transactor.Run(context.Background(), func(ctx context.Context) error {
		if err := userService.userRepository.CreateUser(ctx, &newUser); err != nil {
			return err
		}
		return userService.userRepository.UpsertLocalAuth(ctx, &model.UserLocalAuth{
			UserID:       newUser.ID,
			PasswordHash: passwordHash,
			PasswordAlgo: "bcrypt",
		})
	}); err != nil {
		return err
	}

	return nil
}

// UpdateUser is internal/service/user/user.go:249 (password, avatar and
// locale handling reduced).
func (userService *UserService) UpdateUser(ctx context.Context, userdto model.UserInfoDto) error {
	userid := viewer.MustFromContext(ctx).UserID()
	user, err := userService.userRepository.GetUserByID(ctx, userid)
	if err != nil {
		return err
	}
	if !user.IsAdmin {
		return errors.New(commonModel.NO_PERMISSION_DENIED)
	}

	if userdto.Username != "" && userdto.Username != user.Username {
		existingUser, err := userService.userRepository.GetUserByUsername(ctx, userdto.Username) // safe: guards only an update of the caller's own row (UserRepository.UpdateUser -> Save); no row is inserted
		if err == nil && existingUser.ID != user.ID {
			return errors.New(commonModel.USERNAME_ALREADY_EXISTS)
		}
		user.Username = userdto.Username
	}

	if strings.TrimSpace(userdto.Email) != "" {
		user.Email = strings.TrimSpace(userdto.Email)
	}
	return userService.transactor.Run(ctx, func(txCtx context.Context) error {
		return userService.userRepository.UpdateUser(txCtx, &user)
	})
}
