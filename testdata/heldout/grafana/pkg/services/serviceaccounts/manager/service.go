// Package manager: upstream pkg/services/serviceaccounts/manager/service.go
// (not read line by line; the methods forward to the database store).
package manager

import (
	"context"

	"example.com/heldout/grafana/pkg/services/apikey"
	"example.com/heldout/grafana/pkg/services/serviceaccounts"
	"example.com/heldout/grafana/pkg/services/serviceaccounts/database"
)

type ServiceAccountsService struct {
	store *database.ServiceAccountsStoreImpl
}

func ProvideServiceAccountsService(store *database.ServiceAccountsStoreImpl) *ServiceAccountsService {
	return &ServiceAccountsService{store: store}
}

func (sa *ServiceAccountsService) CreateServiceAccount(ctx context.Context, orgID int64, saForm *serviceaccounts.CreateServiceAccountForm) (*serviceaccounts.ServiceAccountDTO, error) {
	return sa.store.CreateServiceAccount(ctx, orgID, saForm)
}

func (sa *ServiceAccountsService) RetrieveServiceAccountIdByName(ctx context.Context, orgID int64, name string) (int64, error) {
	return sa.store.RetrieveServiceAccountIdByName(ctx, orgID, name)
}

func (sa *ServiceAccountsService) AddServiceAccountToken(ctx context.Context, serviceAccountID int64, cmd *serviceaccounts.AddServiceAccountTokenCommand) (*apikey.APIKey, error) {
	return sa.store.AddServiceAccountToken(ctx, serviceAccountID, cmd)
}
