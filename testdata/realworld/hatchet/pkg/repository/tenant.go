package repository

import (
	"context"
	"encoding/json"
	"errors"
	"os"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"example.com/realworld/hatchet/pkg/repository/sqlchelpers"
	"example.com/realworld/hatchet/pkg/repository/sqlcv1"
	"example.com/realworld/hatchet/third_party/uuid"
)

// CreateTenantOpts is pkg/repository/tenant.go:20.
type CreateTenantOpts struct {
	// (required) the tenant name
	Name string `validate:"required"`

	// (required) the tenant slug
	Slug string `validate:"required,hatchetName"`

	// (optional) the tenant ID
	ID *uuid.UUID `validate:"omitempty"`

	// (optional) the tenant data retention period
	DataRetentionPeriod *string `validate:"omitempty,duration"`

	// (optional) the tenant engine version
	EngineVersion *sqlcv1.TenantMajorEngineVersion `validate:"omitempty"`

	// (optional) the tenant environment type
	Environment *string `validate:"omitempty,oneof=local development production"`

	// (optional) additional onboarding data
	OnboardingData map[string]interface{}
}

// CreateTenantMemberOpts is pkg/repository/tenant.go:53.
type CreateTenantMemberOpts struct {
	Role            string    `validate:"required,oneof=OWNER ADMIN MEMBER VIEWER"`
	UserId          uuid.UUID `validate:"required"`
	CanViewPayloads *bool     `validate:"omitempty"`
}

// TenantRepository is reduced to the methods the reproduced sites use.
// Upstream the member methods return *sqlcv1.PopulateTenantMembersRow via
// populateSingleTenantMember; the reproduction returns the TenantMember row.
type TenantRepository interface {
	CreateTenant(ctx context.Context, opts *CreateTenantOpts) (*sqlcv1.Tenant, error)
	GetTenantBySlug(ctx context.Context, slug string) (*sqlcv1.Tenant, error)
	CreateTenantMember(ctx context.Context, tenantId uuid.UUID, opts *CreateTenantMemberOpts) (*sqlcv1.TenantMember, error)
	GetTenantMemberByEmail(ctx context.Context, tenantId uuid.UUID, email string) (*sqlcv1.TenantMember, error)
	UpdateControllerPartitionHeartbeat(ctx context.Context, partitionId string) (string, error)
}

type tenantRepository struct {
	*sharedRepository

	defaultTenantVersion sqlcv1.TenantMajorEngineVersion
}

func newTenantRepository(shared *sharedRepository) TenantRepository {
	return &tenantRepository{
		sharedRepository:     shared,
		defaultTenantVersion: sqlcv1.TenantMajorEngineVersionV1,
	}
}

// CreateTenant is pkg/repository/tenant.go:256 (create callbacks trimmed).
func (r *tenantRepository) CreateTenant(ctx context.Context, opts *CreateTenantOpts) (*sqlcv1.Tenant, error) {
	if err := r.v.Validate(opts); err != nil {
		return nil, err
	}

	tenantId := uuid.New()

	if opts.ID != nil {
		tenantId = *opts.ID
	}

	var dataRetentionPeriod pgtype.Text

	if opts.DataRetentionPeriod != nil {
		dataRetentionPeriod = sqlchelpers.TextFromStr(*opts.DataRetentionPeriod)
	}

	engineVersion := r.defaultTenantVersion
	if opts.EngineVersion != nil {
		engineVersion = *opts.EngineVersion
	}

	tx, err := r.pool.Begin(ctx)

	if err != nil {
		return nil, err
	}

	defer sqlchelpers.DeferRollback(context.Background(), r.l, tx.Rollback)

	var environment sqlcv1.NullTenantEnvironment
	if opts.Environment != nil {
		environment = sqlcv1.NullTenantEnvironment{
			TenantEnvironment: sqlcv1.TenantEnvironment(*opts.Environment),
			Valid:             true,
		}
	} else {
		// Default to development environment if none is specified
		environment = sqlcv1.NullTenantEnvironment{
			TenantEnvironment: sqlcv1.TenantEnvironmentDevelopment,
			Valid:             true,
		}
	}

	var onboardingData []byte
	if opts.OnboardingData != nil {
		onboardingData, err = json.Marshal(opts.OnboardingData)
		if err != nil {
			return nil, err
		}
	}

	createTenant, err := r.queries.CreateTenant(context.Background(), tx, sqlcv1.CreateTenantParams{
		ID:                  tenantId,
		Slug:                opts.Slug,
		Name:                opts.Name,
		DataRetentionPeriod: dataRetentionPeriod,
		Version: sqlcv1.NullTenantMajorEngineVersion{
			TenantMajorEngineVersion: engineVersion,
			Valid:                    true,
		},
		OnboardingData: onboardingData,
		Environment:    environment,
	})

	if err != nil {
		return nil, err
	}

	_, err = r.queries.CreateTenantAlertingSettings(ctx, tx, tenantId)

	if err != nil {
		return nil, err
	}

	if err := tx.Commit(ctx); err != nil {
		return nil, err
	}

	return createTenant, nil
}

// GetTenantBySlug is pkg/repository/tenant.go:390.
func (r *tenantRepository) GetTenantBySlug(ctx context.Context, slug string) (*sqlcv1.Tenant, error) {
	return r.queries.GetTenantBySlug(
		ctx,
		r.pool,
		slug,
	)
}

// CreateTenantMember is pkg/repository/tenant.go:398 (populateSingleTenantMember
// and callbacks trimmed).
func (r *tenantRepository) CreateTenantMember(ctx context.Context, tenantId uuid.UUID, opts *CreateTenantMemberOpts) (*sqlcv1.TenantMember, error) {
	if err := r.v.Validate(opts); err != nil {
		return nil, err
	}

	createdMember, err := r.queries.CreateTenantMember(
		ctx,
		r.pool,
		sqlcv1.CreateTenantMemberParams{
			Tenantid:        tenantId,
			Userid:          opts.UserId,
			Role:            sqlcv1.TenantMemberRole(opts.Role),
			CanViewPayloads: canViewPayloadsParam(opts.CanViewPayloads),
		},
	)

	if err != nil {
		return nil, err
	}

	return createdMember, nil
}

// GetTenantMemberByEmail is pkg/repository/tenant.go:482 (populateSingleTenantMember
// trimmed).
func (r *tenantRepository) GetTenantMemberByEmail(ctx context.Context, tenantId uuid.UUID, email string) (*sqlcv1.TenantMember, error) {
	member, err := r.queries.GetTenantMemberByEmail(
		ctx,
		r.pool,
		sqlcv1.GetTenantMemberByEmailParams{
			Tenantid: tenantId,
			Email:    email,
		},
	)

	if err != nil {
		return nil, err
	}

	return member, nil
}

// UpdateControllerPartitionHeartbeat is pkg/repository/tenant.go:665
// (statement-timeout SETs trimmed).
func (r *tenantRepository) UpdateControllerPartitionHeartbeat(ctx context.Context, partitionId string) (string, error) {
	tx, err := r.pool.Begin(ctx)

	if err != nil {
		return "", err
	}

	defer sqlchelpers.DeferRollback(ctx, r.l, tx.Rollback)

	partition, err := r.queries.ControllerPartitionHeartbeat(ctx, tx, partitionId) // safe: the insert below is keyed on a fresh gen_random_uuid() (ON CONFLICT DO NOTHING), not on the missing partitionId

	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			// create a new partition
			partition, err = r.queries.CreateControllerPartition(ctx, tx, getPartitionName())

			if err != nil {
				return "", err
			}
		} else {
			return "", err
		}
	}

	if err := tx.Commit(ctx); err != nil {
		return "", err
	}

	return partition.ID, nil
}

// getPartitionName is pkg/repository/tenant.go:922.
func getPartitionName() pgtype.Text {
	hostname, ok := os.LookupEnv("HOSTNAME")

	if !ok || hostname == "" {
		return pgtype.Text{}
	}

	return sqlchelpers.TextFromStr(hostname)
}

// canViewPayloadsParam is pkg/repository/tenant.go:932.
func canViewPayloadsParam(v *bool) pgtype.Bool {
	if v == nil {
		return pgtype.Bool{}
	}

	return sqlchelpers.BoolFromBoolean(*v)
}
