package database

import (
	"context"
	"fmt"
	"strings"

	"example.com/heldout/grafana/pkg/infra/db"
	"example.com/heldout/grafana/pkg/services/apikey/apikeyimpl"
	"example.com/heldout/grafana/pkg/services/org"
	"example.com/heldout/grafana/pkg/services/serviceaccounts"
	"example.com/heldout/grafana/pkg/services/user"
	"example.com/heldout/grafana/pkg/services/user/userimpl"
)

// Upstream: pkg/services/serviceaccounts/database/store.go (newest stored
// version, index id 357673019; the path is inferred, older versions are
// database.go). Trimmed to CreateServiceAccount and
// RetrieveServiceAccountIdByName.

type ServiceAccountsStoreImpl struct {
	sqlStore      db.DB
	apiKeyService *apikeyimpl.Service
	userService   *userimpl.Service
}

func ProvideServiceAccountsStore(store db.DB, apiKeyService *apikeyimpl.Service, userService *userimpl.Service) *ServiceAccountsStoreImpl {
	return &ServiceAccountsStoreImpl{
		sqlStore:      store,
		apiKeyService: apiKeyService,
		userService:   userService,
	}
}

// generateLogin makes a generated string to have a ID for the service account across orgs and it's name
// this causes you to create a service account with the same name in different orgs
// not the same name in the same org
func generateLogin(prefix string, orgId int64, name string) string {
	generatedLogin := fmt.Sprintf("%v-%v-%v", prefix, orgId, strings.ToLower(name))
	// in case the name has multiple spaces or dashes in the prefix or otherwise, replace them with a single dash
	generatedLogin = strings.Replace(generatedLogin, "--", "-", 1)
	return strings.ReplaceAll(generatedLogin, " ", "-")
}

// CreateServiceAccount creates service account
// Upstream store.go:61 (-> userService.CreateServiceAccount :72).
func (s *ServiceAccountsStoreImpl) CreateServiceAccount(ctx context.Context, orgId int64, saForm *serviceaccounts.CreateServiceAccountForm) (*serviceaccounts.ServiceAccountDTO, error) {
	login := generateLogin(serviceaccounts.ServiceAccountPrefix, orgId, saForm.Name)
	isDisabled := false
	role := org.RoleViewer
	if saForm.IsDisabled != nil {
		isDisabled = *saForm.IsDisabled
	}
	if saForm.Role != nil {
		role = *saForm.Role
	}

	newSA, err := s.userService.CreateServiceAccount(ctx, &user.CreateUserCommand{
		Login:            login,
		OrgID:            orgId,
		Name:             saForm.Name,
		IsDisabled:       isDisabled,
		IsServiceAccount: true,
		DefaultOrgRole:   string(role),
	})
	if err != nil {
		return nil, fmt.Errorf("failed to create service account: %w", err)
	}

	return &serviceaccounts.ServiceAccountDTO{
		Id:         newSA.ID,
		UID:        newSA.UID,
		Name:       newSA.Name,
		Login:      newSA.Login,
		OrgId:      newSA.OrgID,
		Tokens:     0,
		Role:       string(role),
		IsDisabled: isDisabled,
	}, nil
}

// RetrieveServiceAccountIdByName — upstream store.go:262 (Get :287).
func (s *ServiceAccountsStoreImpl) RetrieveServiceAccountIdByName(ctx context.Context, orgId int64, name string) (int64, error) {
	serviceAccount := &struct {
		Id int64
	}{}

	err := s.sqlStore.WithDbSession(ctx, func(dbSession *db.Session) error {
		sess := dbSession.Table("user")

		whereConditions := []string{
			fmt.Sprintf("%s.name = ?",
				s.sqlStore.GetDialect().Quote("user")),
			fmt.Sprintf("%s.org_id = ?",
				s.sqlStore.GetDialect().Quote("user")),
			fmt.Sprintf("%s.is_service_account = %s",
				s.sqlStore.GetDialect().Quote("user"),
				s.sqlStore.GetDialect().BooleanStr(true)),
		}
		whereParams := []any{name, orgId}

		sess.Where(strings.Join(whereConditions, " AND "), whereParams...)

		sess.Cols(
			"user.id",
		)

		if ok, err := sess.Get(serviceAccount); err != nil {
			return err
		} else if !ok {
			return serviceaccounts.ErrServiceAccountNotFound.Errorf("service account with name %s not found", name)
		}

		return nil
	})
	if err != nil {
		return 0, err
	}

	return serviceAccount.Id, nil
}
