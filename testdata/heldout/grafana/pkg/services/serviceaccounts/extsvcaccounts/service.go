package extsvcaccounts

import (
	"context"
	"errors"
	"log"

	"example.com/heldout/grafana/pkg/services/org"
	sa "example.com/heldout/grafana/pkg/services/serviceaccounts"
	"example.com/heldout/grafana/pkg/services/serviceaccounts/manager"
	"example.com/heldout/grafana/pkg/util"
)

// Upstream: pkg/services/serviceaccounts/extsvcaccounts/service.go (newest
// stored version, index id 100224282). Tracing, metrics, role saving and the
// enable/disable step dropped. SaveExternalService is called by the
// extsvcauth registry when a plugin that declares an external service is
// registered (every Grafana instance does it at start-up and on plugin
// install/update).

var ErrCredentialsNotFound = errors.New("credentials not found")

// SecretsKVStore stands in for Grafana's own secrets kvstore
// (pkg/services/secrets/kvstore); it is not an xorm table in this
// reproduction.
type SecretsKVStore interface {
	Get(ctx context.Context, orgId int64, namespace string, typ string) (string, bool, error)
	Set(ctx context.Context, orgId int64, namespace string, typ string, value string) error
}

const kvStoreType = "extsvc-token"

type ExtSvcAccountsService struct {
	defaultOrgID int64
	logger       *log.Logger
	saSvc        *manager.ServiceAccountsService
	skvStore     SecretsKVStore
	enabled      bool
}

type ExternalServiceRegistration struct {
	Name        string
	Enabled     bool
	Permissions []string
}

type saveCmd struct {
	Enabled     bool
	ExtSvcSlug  string
	OrgID       int64
	Permissions []string
	SaID        int64
}

type Credentials struct {
	Secret string
}

type SaveCredentialsCmd struct {
	ExtSvcSlug string
	OrgID      int64
	Secret     string
}

func tokenName(extSvcSlug string) string { return "Auto-generated token for " + extSvcSlug }

// SaveExternalService — upstream service.go:139 (ManageExtSvcAccount :158,
// getExtSvcAccountToken :174).
func (esa *ExtSvcAccountsService) SaveExternalService(ctx context.Context, cmd *ExternalServiceRegistration) (string, error) {
	if !esa.enabled || cmd == nil {
		return "", nil
	}

	slug := cmd.Name

	saID, err := esa.ManageExtSvcAccount(ctx, &sa.ManageExtSvcAccountCmd{
		ExtSvcSlug:  slug,
		Enabled:     cmd.Enabled,
		OrgID:       esa.defaultOrgID,
		Permissions: cmd.Permissions,
	})
	if err != nil {
		return "", err
	}

	// No need for a token if we don't have a service account
	if saID <= 0 {
		return "", nil
	}

	return esa.getExtSvcAccountToken(ctx, esa.defaultOrgID, saID, slug)
}

// ManageExtSvcAccount creates, updates or deletes the service account associated with an external service
// Upstream service.go:226 (lookup :243, saveExtSvcAccount :265).
func (esa *ExtSvcAccountsService) ManageExtSvcAccount(ctx context.Context, cmd *sa.ManageExtSvcAccountCmd) (int64, error) {
	if !esa.enabled || cmd == nil {
		return 0, nil
	}

	// looked up by (org_id, name "extsvc-<slug>", is_service_account); not
	// found -> a new service account whose login sa-<org>-extsvc-<slug> is
	// derived from that name, so UQE_user_login rejects the second of two
	// concurrent registrations (instances starting together), which then
	// fails instead of reusing the account
	saID, errRetrieve := esa.saSvc.RetrieveServiceAccountIdByName(ctx, cmd.OrgID, sa.ExtSvcPrefix+cmd.ExtSvcSlug) // race
	if errRetrieve != nil && !errors.Is(errRetrieve, sa.ErrServiceAccountNotFound) {
		return 0, errRetrieve
	}

	if len(cmd.Permissions) == 0 {
		return 0, nil
	}

	saID, errSave := esa.saveExtSvcAccount(ctx, &saveCmd{
		Enabled:     cmd.Enabled,
		ExtSvcSlug:  cmd.ExtSvcSlug,
		OrgID:       cmd.OrgID,
		Permissions: cmd.Permissions,
		SaID:        saID,
	})
	if errSave != nil {
		esa.logger.Println("Could not save service account", "service", cmd.ExtSvcSlug, "error", errSave.Error())
		return 0, errSave
	}
	return saID, nil
}

// saveExtSvcAccount creates or updates the service account associated with an external service
// Upstream service.go:280 (create :289).
func (esa *ExtSvcAccountsService) saveExtSvcAccount(ctx context.Context, cmd *saveCmd) (int64, error) {
	if cmd.SaID <= 0 {
		// Create a service account
		role := org.RoleNone
		disabled := false
		sa, err := esa.saSvc.CreateServiceAccount(ctx, cmd.OrgID, &sa.CreateServiceAccountForm{
			Name:       sa.ExtSvcPrefix + cmd.ExtSvcSlug,
			Role:       &role,
			IsDisabled: &disabled,
		})
		if err != nil {
			return 0, err
		}
		cmd.SaID = sa.Id
	}

	return cmd.SaID, nil
}

// getExtSvcAccountToken get or create the token of an External Service
// Upstream service.go:344 (lookup :351, AddServiceAccountToken :373).
func (esa *ExtSvcAccountsService) getExtSvcAccountToken(ctx context.Context, orgID, saID int64, extSvcSlug string) (string, error) {
	// Get credentials from store
	// credentials are looked up in the secrets kv store; on a miss a token
	// named tokenName(slug) is inserted into api_key, where
	// UQE_api_key_org_id_name makes the second of two concurrent callers fail
	credentials, err := esa.GetExtSvcCredentials(ctx, orgID, extSvcSlug) // race
	if err != nil && !errors.Is(err, ErrCredentialsNotFound) {
		return "", err
	}
	if credentials != nil {
		return credentials.Secret, nil
	}

	// Generate token
	secret := util.GenerateShortUID()
	hashedKey := util.GenerateShortUID()

	if _, err := esa.saSvc.AddServiceAccountToken(ctx, saID, &sa.AddServiceAccountTokenCommand{
		Name:  tokenName(extSvcSlug),
		OrgId: orgID,
		Key:   hashedKey,
	}); err != nil {
		return "", err
	}

	if err := esa.SaveExtSvcCredentials(ctx, &SaveCredentialsCmd{
		ExtSvcSlug: extSvcSlug,
		OrgID:      orgID,
		Secret:     secret,
	}); err != nil {
		return "", err
	}

	return secret, nil
}

// GetExtSvcCredentials / SaveExtSvcCredentials: upstream further down in
// service.go (not read); reduced to the kv store calls.
func (esa *ExtSvcAccountsService) GetExtSvcCredentials(ctx context.Context, orgID int64, extSvcSlug string) (*Credentials, error) {
	token, ok, err := esa.skvStore.Get(ctx, orgID, extSvcSlug, kvStoreType)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, ErrCredentialsNotFound
	}
	return &Credentials{Secret: token}, nil
}

func (esa *ExtSvcAccountsService) SaveExtSvcCredentials(ctx context.Context, cmd *SaveCredentialsCmd) error {
	return esa.skvStore.Set(ctx, cmd.OrgID, cmd.ExtSvcSlug, kvStoreType, cmd.Secret)
}
