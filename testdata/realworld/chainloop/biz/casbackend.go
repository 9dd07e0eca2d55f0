// Package biz reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/biz.
package biz

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
)

// CASBackendProvider is biz/casbackend.go:42.
type CASBackendProvider string

// Providers are biz/casbackend.go:44 and the backend packages' ProviderID.
const (
	// Inline, embedded CAS backend
	CASBackendInline CASBackendProvider = "INLINE"
	ociProviderID    CASBackendProvider = "OCI"
)

// CASBackendValidationStatus is biz/casbackend.go:101.
type CASBackendValidationStatus string

// Validation statuses are biz/casbackend.go:103.
var (
	CASBackendValidationOK     CASBackendValidationStatus = "OK"
	CASBackendValidationFailed CASBackendValidationStatus = "Invalid"
)

// CASBackend is biz/casbackend.go:106.
type CASBackend struct {
	ID                                uuid.UUID
	Name                              string
	Location, Description, SecretName string
	CreatedAt, UpdatedAt, ValidatedAt *time.Time
	OrganizationID                    uuid.UUID
	ValidationStatus                  CASBackendValidationStatus
	ValidationError                   *string
	// OCI, S3, ...
	Provider CASBackendProvider
	// Whether this is the default cas backend for the organization
	Default bool
	// it's a inline backend, the artifacts are embedded in the attestation
	Inline bool
	// It's a fallback backend, used when the default backend is unreachable
	Fallback bool
	// Managed indicates this backend is provisioned and operated by Chainloop
	Managed bool

	Limits *CASBackendLimits
}

// CASBackendLimits is biz/casbackend.go:128.
type CASBackendLimits struct {
	// Max number of bytes allowed to be stored in this backend
	MaxBytes int64
}

// CASBackendOpts is biz/casbackend.go:133.
type CASBackendOpts struct {
	OrgID                uuid.UUID
	Location, SecretName string
	Description          *string
	Provider             CASBackendProvider
	Default              *bool
	Fallback             *bool
	Managed              *bool
	ValidationStatus     CASBackendValidationStatus
	ValidationError      *string
}

// CASBackendCreateOpts is biz/casbackend.go:145.
type CASBackendCreateOpts struct {
	*CASBackendOpts
	Name     string
	MaxBytes int64
}

// CASBackendUpdateOpts is biz/casbackend.go:151.
type CASBackendUpdateOpts struct {
	*CASBackendOpts
	ID       uuid.UUID
	MaxBytes *int64
}

// CASBackendRepo is biz/casbackend.go:157 (methods not used here trimmed).
type CASBackendRepo interface {
	FindDefaultBackend(ctx context.Context, orgID uuid.UUID) (*CASBackend, error)
	FindByID(ctx context.Context, ID uuid.UUID) (*CASBackend, error)
	Create(context.Context, *CASBackendCreateOpts) (*CASBackend, error)
	Update(context.Context, *CASBackendUpdateOpts) (*CASBackend, error)
}

// credentialsWriter stands in for pkg/credentials.ReaderWriter (credentials.go:32).
type credentialsWriter interface {
	SaveCredentials(ctx context.Context, org string, creds any) (string, error)
}

// ociKeypair stands in for pkg/credentials.OCIKeypair.
type ociKeypair struct {
	Repo, Username, Password string
}

// Validate checks the keypair like credentials.OCIKeypair.Validate.
func (k *ociKeypair) Validate() error {
	if k.Username == "" || k.Password == "" || k.Repo == "" {
		return errors.New("missing credentials")
	}
	return nil
}

// CASBackendUseCase is biz/casbackend.go:184.
type CASBackendUseCase struct {
	repo    CASBackendRepo
	credsRW credentialsWriter
}

// CreateOrUpdate is biz/casbackend.go:621: FindDefaultBackend; same provider
// -> Update, otherwise -> Create.
//
// Deprecated: use Create and update methods separately instead
func (uc *CASBackendUseCase) CreateOrUpdate(ctx context.Context, orgID, name, username, password string, provider CASBackendProvider, defaultB bool) (*CASBackend, error) {
	orgUUID, err := uuid.Parse(orgID)
	if err != nil {
		return nil, NewErrInvalidUUID(err)
	}

	// Validate and store the secret in the external secrets manager
	creds := &ociKeypair{Repo: name, Username: username, Password: password}
	if err := creds.Validate(); err != nil {
		return nil, NewErrValidation(err)
	}

	secretName, err := uc.credsRW.SaveCredentials(ctx, orgID, creds)
	if err != nil {
		return nil, fmt.Errorf("storing the credentials: %w", err)
	}

	// Check if it already exists, if it does we update it
	// We do not support more than one repository per organization yet
	backend, err := uc.repo.FindDefaultBackend(ctx, orgUUID) // race
	if err != nil {
		return nil, fmt.Errorf("checking for existing CAS backends: %w", err)
	}

	if backend != nil && backend.Provider == provider {
		return uc.repo.Update(ctx, &CASBackendUpdateOpts{
			CASBackendOpts: &CASBackendOpts{
				Location: name, SecretName: secretName, Provider: provider, Default: ToPtr(defaultB),
			},
			ID: backend.ID,
		})
	}

	return uc.repo.Create(ctx, &CASBackendCreateOpts{
		CASBackendOpts: &CASBackendOpts{
			Location: name, SecretName: secretName, Provider: provider,
			Default: ToPtr(defaultB),
			OrgID:   orgUUID,
		},
	})
}

// Values is biz/casbackend.go:779.
func (CASBackendValidationStatus) Values() (kinds []string) {
	for _, s := range []CASBackendValidationStatus{CASBackendValidationOK, CASBackendValidationFailed} {
		kinds = append(kinds, string(s))
	}

	return
}

// Values is biz/casbackend.go:903 (provider IDs of the backend packages inlined).
func (CASBackendProvider) Values() (kinds []string) {
	for _, s := range []CASBackendProvider{ociProviderID, CASBackendInline} {
		kinds = append(kinds, string(s))
	}

	return
}
