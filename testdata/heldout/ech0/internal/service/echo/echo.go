// Package service reproduces internal/service/echo (echo.go, ports.go).
package service

import (
	"context"
	"errors"
	"strings"

	commonModel "example.com/heldout/ech0/internal/model/common"
	model "example.com/heldout/ech0/internal/model/echo"
	userModel "example.com/heldout/ech0/internal/model/user"
	"example.com/heldout/ech0/internal/transaction"
	"example.com/heldout/ech0/pkg/viewer"
)

// Repository is internal/service/echo/ports.go (reduced).
type Repository interface {
	CreateEcho(ctx context.Context, echo *model.Echo) error
	LikeEcho(ctx context.Context, id string) error
	CreateTag(ctx context.Context, tag *model.Tag) error
	GetTagsByNames(ctx context.Context, names []string) ([]*model.Tag, error)
	IncrementTagUsageCount(ctx context.Context, tagID string) error
}

// CommonService is internal/service/echo/ports.go (reduced).
type CommonService interface {
	CommonGetUserByUserId(ctx context.Context, userId string) (userModel.User, error)
}

// EchoService is internal/service/echo/echo.go:27.
type EchoService struct {
	transactor     transaction.Transactor
	commonService  CommonService
	echoRepository Repository
}

// NewEchoService is internal/service/echo/echo.go:35.
func NewEchoService(
	tx transaction.Transactor,
	commonService CommonService,
	echoRepository Repository,
) *EchoService {
	return &EchoService{
		transactor:     tx,
		commonService:  commonService,
		echoRepository: echoRepository,
	}
}

// PostEcho is internal/service/echo/echo.go:51 (layout, extension and file
// handling reduced).
func (echoService *EchoService) PostEcho(ctx context.Context, newEcho *model.Echo) error {
	userid := viewer.MustFromContext(ctx).UserID()
	newEcho.UserID = userid

	user, err := echoService.commonService.CommonGetUserByUserId(ctx, userid)
	if err != nil {
		return err
	}
	if !user.IsAdmin {
		return errors.New(commonModel.NO_PERMISSION_DENIED)
	}
	newEcho.Username = user.Username

	return echoService.transactor.Run(ctx, func(txCtx context.Context) error {
		if err := echoService.ProcessEchoTags(txCtx, newEcho); err != nil {
			return err
		}
		return echoService.echoRepository.CreateEcho(txCtx, newEcho)
	})
}

// CreateTag is internal/service/echo/echo.go:364. Reached from POST /tag ->
// EchoHandler.CreateTag (handler/echo/echo.go:191).
func (echoService *EchoService) CreateTag(ctx context.Context, name string) (*model.Tag, error) {
	userid := viewer.MustFromContext(ctx).UserID()
	user, err := echoService.commonService.CommonGetUserByUserId(ctx, userid)
	if err != nil {
		return nil, err
	}
	if !user.IsAdmin {
		return nil, errors.New(commonModel.NO_PERMISSION_DENIED)
	}

	cleaned := strings.TrimSpace(strings.TrimPrefix(name, "#"))
	if cleaned == "" {
		return nil, errors.New(commonModel.INVALID_PARAMS)
	}

	existing, err := echoService.echoRepository.GetTagsByNames(ctx, []string{cleaned}) // race
	if err != nil {
		return nil, err
	}
	for _, t := range existing {
		if t != nil && t.Name == cleaned {
			return t, nil
		}
	}

	newTag := model.Tag{Name: cleaned, UsageCount: 0}
	if err := echoService.transactor.Run(ctx, func(txCtx context.Context) error {
		return echoService.echoRepository.CreateTag(txCtx, &newTag)
	}); err != nil {
		return nil, err
	}
	return &newTag, nil
}

// ProcessEchoTags is internal/service/echo/echo.go:416. Its callers PostEcho
// (:90) and UpdateEcho (:281) call it inside transactor.Run.
func (echoService *EchoService) ProcessEchoTags(ctx context.Context, echo *model.Echo) error {
	var processedTags []model.Tag

	var names []string
	for _, tag := range echo.Tags {
		name := strings.TrimSpace(strings.TrimPrefix(tag.Name, "#"))
		if name == "" {
			continue
		}
		names = append(names, name)
	}

	existingTags, err := echoService.echoRepository.GetTagsByNames(ctx, names) // safe: both callers (PostEcho :90, UpdateEcho :281) run this inside transactor.Run; with _txlock=immediate (database.go:87) the transaction holds the SQLite write lock from BEGIN, so no other tag insert interleaves
	if err != nil {
		return err
	}

	existingMap := make(map[string]*model.Tag)
	for _, t := range existingTags {
		existingMap[t.Name] = t
	}

	for _, name := range names {
		if existing, ok := existingMap[name]; ok {
			if err := echoService.echoRepository.IncrementTagUsageCount(ctx, existing.ID); err != nil {
				return err
			}
			processedTags = append(processedTags, *existing)
		} else {
			newTag := model.Tag{Name: name, UsageCount: 1}
			if err := echoService.echoRepository.CreateTag(ctx, &newTag); err != nil {
				return err
			}
			processedTags = append(processedTags, newTag)
		}
	}

	echo.Tags = processedTags
	return nil
}

// LikeEcho is internal/service/echo/echo.go:300 (visibility checks reduced).
func (echoService *EchoService) LikeEcho(ctx context.Context, id string) error {
	return echoService.transactor.Run(ctx, func(txCtx context.Context) error {
		return echoService.echoRepository.LikeEcho(txCtx, id)
	})
}
