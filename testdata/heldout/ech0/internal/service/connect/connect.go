// Package service reproduces internal/service/connect/connect.go (AddConnect).
package service

import (
	"context"
	"errors"
	"strings"

	commonModel "example.com/heldout/ech0/internal/model/common"
	model "example.com/heldout/ech0/internal/model/connect"
	userModel "example.com/heldout/ech0/internal/model/user"
	"example.com/heldout/ech0/internal/transaction"
	"example.com/heldout/ech0/pkg/viewer"
)

// Repository is internal/service/connect/ports.go (reduced).
type Repository interface {
	GetAllConnects(ctx context.Context) ([]model.Connected, error)
	CreateConnect(ctx context.Context, connect *model.Connected) error
}

// CommonService is internal/service/connect/ports.go (reduced).
type CommonService interface {
	CommonGetUserByUserId(ctx context.Context, userId string) (userModel.User, error)
}

// ConnectService is internal/service/connect/connect.go (reduced).
type ConnectService struct {
	transactor        transaction.Transactor
	commonService     CommonService
	connectRepository Repository
}

// NewConnectService builds the service.
func NewConnectService(tx transaction.Transactor, commonService CommonService, connectRepository Repository) *ConnectService {
	return &ConnectService{transactor: tx, commonService: commonService, connectRepository: connectRepository}
}

// AddConnect is internal/service/connect/connect.go:102 (SSRF validation
// reduced). Reached from POST /connects -> ConnectHandler.AddConnect
// (handler/connect/connect.go:78).
func (connectService *ConnectService) AddConnect(ctx context.Context, connected model.Connected) error {
	userid := viewer.MustFromContext(ctx).UserID()
	return connectService.transactor.Run(ctx, func(txCtx context.Context) error {
		user, err := connectService.commonService.CommonGetUserByUserId(txCtx, userid)
		if err != nil {
			return err
		}

		if !user.IsAdmin {
			return errors.New(commonModel.NO_PERMISSION_DENIED)
		}

		if connected.ConnectURL == "" {
			return errors.New(commonModel.INVALID_CONNECTION_URL)
		}

		connected.ConnectURL = strings.TrimRight(strings.TrimSpace(connected.ConnectURL), "/")

		connectedList, err := connectService.connectRepository.GetAllConnects(txCtx) // safe: lookup and insert run in one transactor.Run; with _txlock=immediate (database.go:87) it holds the SQLite write lock from BEGIN, so concurrent AddConnect calls are serialized (connects.connect_url has no unique key)
		if err != nil {
			return err
		}

		for _, conn := range connectedList {
			if conn.ConnectURL == connected.ConnectURL {
				return errors.New(commonModel.CONNECT_HAS_EXISTS)
			}
		}

		return connectService.connectRepository.CreateConnect(txCtx, &connected)
	})
}
