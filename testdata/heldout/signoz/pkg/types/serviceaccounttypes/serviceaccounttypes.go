// Package serviceaccounttypes reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/types/serviceaccounttypes (service_acccount.go,
// factor_api_key.go). Service accounts and their factor API keys replaced the
// old personal access tokens (074_deprecate_api_key.go).
package serviceaccounttypes

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"time"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/types/authtypes"
	"example.com/heldout/signoz/pkg/valuer"
	"github.com/uptrace/bun"
)

var (
	ErrCodeServiceAccountAlreadyExists     = errors.MustNewCode("service_account_already_exists")
	ErrCodeServiceAccountNotFound          = errors.MustNewCode("service_account_not_found")
	ErrCodeServiceAccountRoleAlreadyExists = errors.MustNewCode("service_account_role_already_exists")
	ErrCodeAPIKeyAlreadyExists             = errors.MustNewCode("api_key_already_exists")
	ErrCodeAPIKeytNotFound                 = errors.MustNewCode("api_key_not_found")
)

type ServiceAccountStatus struct{ valuer.String }

var (
	ServiceAccountStatusActive  = ServiceAccountStatus{valuer.NewString("active")}
	ServiceAccountStatusDeleted = ServiceAccountStatus{valuer.NewString("deleted")}
)

// ServiceAccount reproduces service_acccount.go:40 (table service_account;
// partial unique (name, org_id) and (email, org_id) WHERE status !=
// 'deleted', 073_add_service_account.go:72-86).
type ServiceAccount struct {
	bun.BaseModel `bun:"table:service_account,alias:service_account"`

	types.Identifiable
	types.TimeAuditable
	Name   string               `bun:"name" json:"name" required:"true"`
	Email  valuer.Email         `bun:"email" json:"email" required:"true"`
	Status ServiceAccountStatus `bun:"status" json:"status" required:"true"`
	OrgID  valuer.UUID          `bun:"org_id" json:"orgId" required:"true"`
}

// ServiceAccountRole reproduces service_acccount.go:51 (unique
// (service_account_id, role_id), 073_add_service_account.go:115).
type ServiceAccountRole struct {
	bun.BaseModel `bun:"table:service_account_role,alias:service_account_role"`

	types.Identifiable
	types.TimeAuditable
	ServiceAccountID valuer.UUID `bun:"service_account_id" json:"serviceAccountId" required:"true"`
	RoleID           valuer.UUID `bun:"role_id" json:"roleId" required:"true"`

	Role *authtypes.Role `bun:"rel:belongs-to,join:role_id=id" json:"role" required:"true"`
}

type ServiceAccountWithRoles struct {
	*ServiceAccount `bun:",extend"`

	ServiceAccountRoles []*ServiceAccountRole `bun:"rel:has-many,join:id=service_account_id" json:"serviceAccountRoles" required:"true" nullable:"true"`
}

// FactorAPIKey reproduces factor_api_key.go:26 (table factor_api_key; unique
// key, and unique (name, service_account_id), 074_deprecate_api_key.go:332-336).
type FactorAPIKey struct {
	bun.BaseModel `bun:"table:factor_api_key,alias:factor_api_key"`

	types.Identifiable
	types.TimeAuditable
	Name             string      `bun:"name"`
	Key              string      `bun:"key"`
	ExpiresAt        uint64      `bun:"expires_at"`
	LastObservedAt   time.Time   `bun:"last_observed_at"`
	ServiceAccountID valuer.UUID `bun:"service_account_id"`
}

// NewServiceAccount reproduces service_acccount.go:79: a fresh id per call.
func NewServiceAccount(name string, emailDomain string, status ServiceAccountStatus, orgID valuer.UUID) *ServiceAccount {
	return &ServiceAccount{
		Identifiable: types.Identifiable{
			ID: valuer.GenerateUUID(),
		},
		TimeAuditable: types.TimeAuditable{
			CreatedAt: time.Now(),
			UpdatedAt: time.Now(),
		},
		Name:   name,
		Email:  valuer.MustNewEmail(fmt.Sprintf("%s@%s", name, emailDomain)),
		Status: status,
		OrgID:  orgID,
	}
}

func (serviceAccount *ServiceAccount) ErrIfDeleted() error {
	if serviceAccount.Status == ServiceAccountStatusDeleted {
		return errors.New(errors.TypeUnsupported, errors.CodeUnsupported, "service account is deleted")
	}
	return nil
}

// AddRole reproduces service_acccount.go:130.
func (serviceAccount *ServiceAccount) AddRole(role *authtypes.Role) (*ServiceAccountRole, error) {
	if err := serviceAccount.ErrIfDeleted(); err != nil {
		return nil, err
	}

	return &ServiceAccountRole{
		Identifiable: types.Identifiable{
			ID: valuer.GenerateUUID(),
		},
		TimeAuditable: types.TimeAuditable{
			CreatedAt: time.Now(),
			UpdatedAt: time.Now(),
		},
		ServiceAccountID: serviceAccount.ID,
		RoleID:           role.ID,
		Role:             role,
	}, nil
}

// NewFactorAPIKey reproduces service_acccount.go:149 (expiry check trimmed).
func (serviceAccount *ServiceAccount) NewFactorAPIKey(name string, expiresAt uint64) (*FactorAPIKey, error) {
	if err := serviceAccount.ErrIfDeleted(); err != nil {
		return nil, err
	}

	key := make([]byte, 32)
	_, err := rand.Read(key)
	if err != nil {
		return nil, errors.New(errors.TypeInternal, errors.CodeInternal, "failed to generate token")
	}
	// Encode the token in base64.
	encodedKey := base64.StdEncoding.EncodeToString(key)

	return &FactorAPIKey{
		Identifiable: types.Identifiable{
			ID: valuer.GenerateUUID(),
		},
		TimeAuditable: types.TimeAuditable{
			CreatedAt: time.Now(),
			UpdatedAt: time.Now(),
		},
		Name:             name,
		Key:              encodedKey,
		ExpiresAt:        expiresAt,
		LastObservedAt:   time.Now(),
		ServiceAccountID: serviceAccount.ID,
	}, nil
}

// Store reproduces the serviceaccounttypes Store interface (trimmed).
type Store interface {
	Create(context.Context, *ServiceAccount) error
	Get(context.Context, valuer.UUID, valuer.UUID) (*ServiceAccount, error)
	GetWithRoles(context.Context, valuer.UUID, valuer.UUID) (*ServiceAccountWithRoles, error)
	GetActiveByOrgIDAndName(context.Context, valuer.UUID, string) (*ServiceAccount, error)
	GetByID(context.Context, valuer.UUID) (*ServiceAccount, error)
	CreateServiceAccountRole(context.Context, *ServiceAccountRole) error
	CreateFactorAPIKey(context.Context, *FactorAPIKey) error
	GetFactorAPIKeyByName(context.Context, valuer.UUID, string) (*FactorAPIKey, error)
}
