// Package data reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/data.
package data

import (
	"context"
	"fmt"
	"time"

	"example.com/realworld/chainloop/biz"
	"example.com/realworld/chainloop/ent"
	"example.com/realworld/chainloop/ent/casbackend"
	"example.com/realworld/chainloop/ent/organization"
	"github.com/google/uuid"
)

// CASBackendRepo is data/casbackend.go:34.
type CASBackendRepo struct {
	data *Data
}

// NewCASBackendRepo is data/casbackend.go:39.
func NewCASBackendRepo(data *Data) biz.CASBackendRepo {
	return &CASBackendRepo{
		data: data,
	}
}

// FindDefaultBackend is data/casbackend.go:67.
func (r *CASBackendRepo) FindDefaultBackend(ctx context.Context, orgID uuid.UUID) (*biz.CASBackend, error) {
	backend, err := orgScopedQuery(r.data.DB, orgID).QueryCasBackends().
		Where(casbackend.Default(true), casbackend.DeletedAtIsNil()).
		Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}

	return entCASBackendToBiz(backend), nil
}

// Create is data/casbackend.go:130.
func (r *CASBackendRepo) Create(ctx context.Context, opts *biz.CASBackendCreateOpts) (*biz.CASBackend, error) {
	var (
		backend *ent.CASBackend
		err     error
	)
	if err := WithTx(ctx, r.data.DB, func(tx *ent.Tx) error {
		// 0 - Prevent setting a backend as both default and fallback
		if opts.Default != nil && *opts.Default && opts.Fallback != nil && *opts.Fallback {
			return fmt.Errorf("a backend cannot be both default and fallback")
		}

		// 1 - unset default backend for all the other backends in the org
		if opts.Default != nil && *opts.Default {
			if err := tx.CASBackend.Update().
				Where(casbackend.HasOrganizationWith(organization.ID(opts.OrgID))).
				Where(casbackend.Default(true)).
				SetDefault(false).
				Exec(ctx); err != nil {
				return fmt.Errorf("failed to clear previous default backend: %w", err)
			}
		}

		// 2 - unset fallback backend for all the other backends in the org
		if opts.Fallback != nil && *opts.Fallback {
			if err := tx.CASBackend.Update().
				Where(casbackend.HasOrganizationWith(organization.ID(opts.OrgID))).
				Where(casbackend.Fallback(true)).
				SetFallback(false).
				Exec(ctx); err != nil {
				return fmt.Errorf("failed to clear previous fallback backend: %w", err)
			}
		}

		// 3 - create the new backend and set it as default/fallback if needed
		backend, err = tx.CASBackend.Create().
			SetName(opts.Name).
			SetOrganizationID(opts.OrgID).
			SetLocation(opts.Location).
			SetNillableDescription(opts.Description).
			SetNillableFallback(opts.Fallback).
			SetProvider(opts.Provider).
			SetNillableDefault(opts.Default).
			SetNillableManaged(opts.Managed).
			SetSecretName(opts.SecretName).
			SetMaxBlobSizeBytes(opts.MaxBytes).
			Save(ctx)
		if err != nil {
			if ent.IsConstraintError(err) {
				return biz.NewErrAlreadyExists(err)
			}

			return fmt.Errorf("failed to create backend: %w", err)
		}
		return nil
	}); err != nil {
		return nil, err
	}

	// Return the backend from the DB to have consistent marshalled object
	return r.FindByID(ctx, backend.ID)
}

// Update is data/casbackend.go:195.
func (r *CASBackendRepo) Update(ctx context.Context, opts *biz.CASBackendUpdateOpts) (*biz.CASBackend, error) {
	var (
		backend *ent.CASBackend
		err     error
	)
	if err = WithTx(ctx, r.data.DB, func(tx *ent.Tx) error {
		// 1 - unset default backend for all the other backends in the org
		if opts.Default != nil && *opts.Default {
			if err := tx.CASBackend.Update().
				Where(casbackend.HasOrganizationWith(organization.ID(opts.OrgID))).
				Where(casbackend.Default(true)).
				SetDefault(false).
				Exec(ctx); err != nil {
				return fmt.Errorf("failed to clear previous default backend: %w", err)
			}
		}

		// 2 - unset fallback backend for all the other backends in the org
		if opts.Fallback != nil && *opts.Fallback {
			if err := tx.CASBackend.Update().
				Where(casbackend.HasOrganizationWith(organization.ID(opts.OrgID))).
				Where(casbackend.Fallback(true)).
				SetFallback(false).
				Exec(ctx); err != nil {
				return fmt.Errorf("failed to clear previous fallback backend: %w", err)
			}
		}

		// 3 - Chain the list of updates
		updateChain := tx.CASBackend.UpdateOneID(opts.ID).
			SetNillableDescription(opts.Description).
			SetUpdatedAt(time.Now())

		// Make default and fallback mutually exclusive
		if opts.Default != nil {
			updateChain = updateChain.SetDefault(*opts.Default)
			if *opts.Default {
				updateChain = updateChain.SetFallback(false)
			}
		}

		if opts.Fallback != nil {
			updateChain = updateChain.SetFallback(*opts.Fallback)
			if *opts.Fallback {
				updateChain = updateChain.SetDefault(false)
			}
		}

		// If secretName is provided we set it
		if opts.SecretName != "" {
			updateChain = updateChain.SetSecretName(opts.SecretName)
		}

		if opts.ValidationStatus != "" {
			updateChain = updateChain.SetValidationStatus(opts.ValidationStatus)
		}

		if opts.ValidationError != nil {
			updateChain = updateChain.SetValidationError(*opts.ValidationError)
		}

		// If MaxBytes is provided, update it
		if opts.MaxBytes != nil {
			updateChain = updateChain.SetMaxBlobSizeBytes(*opts.MaxBytes)
		}

		backend, err = updateChain.Save(ctx)
		if err != nil {
			return err
		}
		return nil
	}); err != nil {
		return nil, err
	}

	return r.FindByID(ctx, backend.ID)
}

// FindByID is data/casbackend.go:280: returns (nil, nil) when not found.
func (r *CASBackendRepo) FindByID(ctx context.Context, id uuid.UUID) (*biz.CASBackend, error) {
	backend, err := r.data.DB.CASBackend.Query().
		Where(casbackend.ID(id), casbackend.DeletedAtIsNil()).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	} else if backend == nil {
		return nil, nil
	}

	return entCASBackendToBiz(backend), nil
}

// entCASBackendToBiz is data/casbackend.go:398.
func entCASBackendToBiz(backend *ent.CASBackend) *biz.CASBackend {
	if backend == nil {
		return nil
	}

	limits := &biz.CASBackendLimits{
		MaxBytes: backend.MaxBlobSizeBytes,
	}

	r := &biz.CASBackend{
		ID:               backend.ID,
		Name:             backend.Name,
		Location:         backend.Location,
		Description:      backend.Description,
		SecretName:       backend.SecretName,
		CreatedAt:        toTimePtr(backend.CreatedAt),
		UpdatedAt:        toTimePtr(backend.UpdatedAt),
		ValidatedAt:      toTimePtr(backend.ValidatedAt),
		ValidationStatus: backend.ValidationStatus,
		ValidationError:  toStringPtr(backend.ValidationError),
		Provider:         backend.Provider,
		Default:          backend.Default,
		Inline:           backend.Provider == biz.CASBackendInline,
		Limits:           limits,
		Fallback:         backend.Fallback,
		Managed:          backend.Managed,
		OrganizationID:   backend.OrganizationCasBackends,
	}

	return r
}
