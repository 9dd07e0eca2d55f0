package repository

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"example.com/realworld/hatchet/pkg/repository/sqlcv1"
	"example.com/realworld/hatchet/third_party/uuid"
)

// Limit is pkg/repository/tenant_limit.go:22.
type Limit struct {
	Resource sqlcv1.LimitResource
	Limit    int32
	Alarm    *int32
	Window   *time.Duration
}

// TenantLimitRepository is reduced to CanCreate.
type TenantLimitRepository interface {
	CanCreate(ctx context.Context, resource sqlcv1.LimitResource, tenantId uuid.UUID, numberOfResources int32) (bool, int, error)
}

type tenantLimitRepository struct {
	*sharedRepository

	enforceLimits bool
}

func newTenantLimitRepository(shared *sharedRepository, enforceLimits bool) TenantLimitRepository {
	return &tenantLimitRepository{
		sharedRepository: shared,
		enforceLimits:    enforceLimits,
	}
}

// DefaultLimits is reduced to a single default (upstream reads the limit
// config file).
func (t *tenantLimitRepository) DefaultLimits() []Limit {
	return []Limit{
		{Resource: sqlcv1.LimitResourceWORKER, Limit: 100},
	}
}

// CanCreate is pkg/repository/tenant_limit.go:179.
func (t *tenantLimitRepository) CanCreate(ctx context.Context, resource sqlcv1.LimitResource, tenantId uuid.UUID, numberOfResources int32) (bool, int, error) {
	return t.canCreate(ctx, nil, resource, tenantId, numberOfResources)
}

// canCreate is pkg/repository/tenant_limit.go:183 (the worker-count patch and
// the unflushed meters are trimmed).
func (t *tenantLimitRepository) canCreate(ctx context.Context, dbtx sqlcv1.DBTX, resource sqlcv1.LimitResource, tenantId uuid.UUID, numberOfResources int32) (bool, int, error) {
	if !t.enforceLimits {
		return true, 0, nil
	}

	if dbtx == nil {
		dbtx = t.pool
	}

	limit, err := t.queries.GetTenantResourceLimit(ctx, dbtx, sqlcv1.GetTenantResourceLimitParams{ // safe: the insert is INSERT ... ON CONFLICT ("tenantId", "resource") DO NOTHING and the row is read again after it
		Tenantid: tenantId,
		Resource: sqlcv1.NullLimitResource{
			LimitResource: resource,
			Valid:         true,
		},
	})

	if err != nil && errors.Is(err, pgx.ErrNoRows) {
		t.l.Warn().Ctx(ctx).Msgf("no %s tenant limit found, creating default limit", string(resource))

		// Insert-only so concurrent first-use and existing paid/custom limits are not overwritten.
		err = t.insertDefaultLimitsIfMissing(ctx, dbtx, tenantId)
		if err != nil {
			return false, 0, err
		}

		limit, err = t.queries.GetTenantResourceLimit(ctx, dbtx, sqlcv1.GetTenantResourceLimitParams{
			Tenantid: tenantId,
			Resource: sqlcv1.NullLimitResource{
				LimitResource: resource,
				Valid:         true,
			},
		})
		if err != nil {
			return false, 0, err
		}
	} else if err != nil {
		return false, 0, err
	}

	var value = limit.Value

	// subtract 1 for backwards compatibility

	if value+numberOfResources-1 >= limit.LimitValue {
		return false, 100, nil
	}

	return true, calcPercent(value+numberOfResources, limit.LimitValue), nil
}

func calcPercent(value int32, limit int32) int {
	return int((float64(value) / float64(limit)) * 100)
}

// prepareTenantResourceLimitParams is pkg/repository/tenant_limit.go:403
// (customValueMeter fixed to false).
func prepareTenantResourceLimitParams(limits []Limit) (resources []string, limitValues, alarmValues []int32, windows []string, customValueMeters []bool) {
	resources = make([]string, len(limits))
	limitValues = make([]int32, len(limits))
	alarmValues = make([]int32, len(limits))
	windows = make([]string, len(limits))
	customValueMeters = make([]bool, len(limits))

	for i, limit := range limits {
		resources[i] = string(limit.Resource)
		limitValues[i] = limit.Limit

		if limit.Alarm != nil {
			alarmValues[i] = *limit.Alarm
		} else {
			alarmValues[i] = int32(float64(limit.Limit) * 0.8) // nolint: gosec
		}

		if limit.Window != nil {
			windows[i] = limit.Window.String()
		}
	}

	return resources, limitValues, alarmValues, windows, customValueMeters
}

// insertDefaultLimitsIfMissing is pkg/repository/tenant_limit.go:453.
func (t *tenantLimitRepository) insertDefaultLimitsIfMissing(ctx context.Context, dbtx sqlcv1.DBTX, tenantId uuid.UUID) error {
	limits := t.DefaultLimits()
	if len(limits) == 0 {
		return nil
	}

	resources, limitValues, alarmValues, windows, customValueMeters := prepareTenantResourceLimitParams(limits)

	return t.queries.InsertTenantResourceLimitsIfNotExists(ctx, dbtx, sqlcv1.InsertTenantResourceLimitsIfNotExistsParams{
		Tenantid:          tenantId,
		Resources:         resources,
		Limitvalues:       limitValues,
		Alarmvalues:       alarmValues,
		Windows:           windows,
		Customvaluemeters: customValueMeters,
	})
}
