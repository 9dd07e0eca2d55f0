// Package dashboardtypes reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/types/dashboardtypes (dashboard.go,
// public_dashboard.go, user_dashboard_preference.go, store.go).
package dashboardtypes

import (
	"context"
	"time"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/types/tagtypes"
	"example.com/heldout/signoz/pkg/valuer"
	"github.com/uptrace/bun"
)

var (
	ErrCodePublicDashboardNotFound      = errors.MustNewCode("public_dashboard_not_found")
	ErrCodePublicDashboardAlreadyExists = errors.MustNewCode("public_dashboard_already_exists")
	ErrCodePinnedDashboardLimitHit      = errors.MustNewCode("pinned_dashboard_limit_hit")
)

const MaxPinnedDashboardsPerUser = 10

type Source struct{ valuer.String }

var (
	SourceUser        = Source{valuer.NewString("user")}
	SourceIntegration = Source{valuer.NewString("integration")}
)

// StorableDashboard reproduces dashboard.go:28 (table dashboard; id text PK,
// no other unique key).
type StorableDashboard struct {
	bun.BaseModel `bun:"table:dashboard,alias:dashboard"`

	types.Identifiable
	types.TimeAuditable
	types.UserAuditable
	Data   string      `bun:"data,type:text,notnull"`
	Locked bool        `bun:"locked,notnull,default:false"`
	OrgID  valuer.UUID `bun:"org_id,notnull"`
	Source Source      `bun:"source,type:text,notnull"`
	Name   string      `bun:"name,type:text,notnull"`
}

// PostableDashboardV2 stands for the v2 dashboard payload (spec trimmed).
type PostableDashboardV2 struct {
	Name string                 `json:"name"`
	Data string                 `json:"data"`
	Tags []tagtypes.PostableTag `json:"tags"`
}

type DashboardV2 struct {
	ID        valuer.UUID
	OrgID     valuer.UUID
	Name      string
	Data      string
	Source    Source
	CreatedBy string
	Tags      []*tagtypes.Tag
}

// NewDashboardV2 builds a dashboard with a fresh id.
func (postable PostableDashboardV2) NewDashboardV2(orgID valuer.UUID, createdBy string, source Source) *DashboardV2 {
	return &DashboardV2{ID: valuer.GenerateUUID(), OrgID: orgID, Name: postable.Name, Data: postable.Data, Source: source, CreatedBy: createdBy}
}

func (dashboard *DashboardV2) ToStorableDashboard() (*StorableDashboard, error) {
	now := time.Now()
	return &StorableDashboard{
		Identifiable:  types.Identifiable{ID: dashboard.ID},
		TimeAuditable: types.TimeAuditable{CreatedAt: now, UpdatedAt: now},
		UserAuditable: types.UserAuditable{CreatedBy: dashboard.CreatedBy, UpdatedBy: dashboard.CreatedBy},
		Data:          dashboard.Data,
		OrgID:         dashboard.OrgID,
		Source:        dashboard.Source,
		Name:          dashboard.Name,
	}, nil
}

// StorablePublicDashboard reproduces public_dashboard.go:21 (table
// public_dashboard; unique dashboard_id, 052_add_public_dashboards.go:60-63).
type StorablePublicDashboard struct {
	bun.BaseModel `bun:"table:public_dashboard,alias:public_dashboard"`

	types.Identifiable
	types.TimeAuditable
	TimeRangeEnabled bool   `bun:"time_range_enabled,type:boolean,notnull"`
	DefaultTimeRange string `bun:"default_time_range,type:text,notnull"`
	DashboardID      string `bun:"dashboard_id,type:text,notnull"`
}

type PublicDashboard struct {
	types.Identifiable
	types.TimeAuditable

	TimeRangeEnabled bool        `json:"timeRangeEnabled"`
	DefaultTimeRange string      `json:"defaultTimeRange"`
	DashboardID      valuer.UUID `json:"dashboardId"`
}

func NewPublicDashboard(timeRangeEnabled bool, defaultTimeRange string, dashboardID valuer.UUID) *PublicDashboard {
	return &PublicDashboard{
		Identifiable:     types.Identifiable{ID: valuer.GenerateUUID()},
		TimeAuditable:    types.TimeAuditable{CreatedAt: time.Now(), UpdatedAt: time.Now()},
		TimeRangeEnabled: timeRangeEnabled,
		DefaultTimeRange: defaultTimeRange,
		DashboardID:      dashboardID,
	}
}

// NewStorablePublicDashboardFromPublicDashboard reproduces public_dashboard.go:76.
func NewStorablePublicDashboardFromPublicDashboard(publicDashboard *PublicDashboard) *StorablePublicDashboard {
	return &StorablePublicDashboard{
		Identifiable:     publicDashboard.Identifiable,
		TimeAuditable:    publicDashboard.TimeAuditable,
		TimeRangeEnabled: publicDashboard.TimeRangeEnabled,
		DefaultTimeRange: publicDashboard.DefaultTimeRange,
		DashboardID:      publicDashboard.DashboardID.StringValue(),
	}
}

// UserDashboardPreference reproduces user_dashboard_preference.go:17 (unique
// (user_id, dashboard_id), 093_recreate_user_dashboard_preference.go:68).
type UserDashboardPreference struct {
	bun.BaseModel `bun:"table:user_dashboard_preference,alias:user_dashboard_preference"`

	types.Identifiable
	types.TimeAuditable
	UserID      valuer.UUID `bun:"user_id,type:text"`
	DashboardID valuer.UUID `bun:"dashboard_id,type:text"`
	IsPinned    bool        `bun:"is_pinned,notnull,default:false"`
}

func NewUserDashboardPreference(userID, dashboardID valuer.UUID) *UserDashboardPreference {
	now := time.Now()
	return &UserDashboardPreference{
		Identifiable:  types.Identifiable{ID: valuer.GenerateUUID()},
		TimeAuditable: types.TimeAuditable{CreatedAt: now, UpdatedAt: now},
		UserID:        userID,
		DashboardID:   dashboardID,
		IsPinned:      true,
	}
}

// Store reproduces the dashboardtypes Store interface (trimmed).
type Store interface {
	Create(context.Context, *StorableDashboard) error
	CreatePublic(context.Context, *StorablePublicDashboard) error
	Get(context.Context, valuer.UUID, valuer.UUID) (*StorableDashboard, error)
	GetPublic(context.Context, string) (*StorablePublicDashboard, error)
	PinForUser(context.Context, *UserDashboardPreference) error
	RunInTx(context.Context, func(ctx context.Context) error) error
}
