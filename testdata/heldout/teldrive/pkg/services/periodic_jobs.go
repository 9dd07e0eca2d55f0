package services

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"

	"example.com/heldout/teldrive/internal/auth"
	"example.com/heldout/teldrive/pkg/repositories"
)

const (
	periodicJobKindCleanOldEvents    = "clean.old_events"
	periodicJobKindCleanStaleUpload  = "clean.stale_uploads"
	periodicJobKindCleanPendingFile  = "clean.pending_files"
	periodicJobKindRefreshFolderSize = "refresh.folder_sizes"
)

// periodicJobRow reproduces pkg/services/periodic_jobs.go:33.
type periodicJobRow struct {
	ID             string
	UserID         int64
	Name           string
	Kind           string
	Args           string
	CronExpression string
	Enabled        bool
	System         bool
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// periodicJobPreset reproduces pkg/services/periodic_jobs.go:46.
type periodicJobPreset struct {
	Name           string
	Kind           string
	CronExpression string
	Args           string
	System         bool
}

// PeriodicJobsList reproduces pkg/services/periodic_jobs.go:54 (the listing dropped).
func (a *apiService) PeriodicJobsList(ctx context.Context) error {
	userID := auth.User(ctx)
	if err := a.ensureDefaultPeriodicJobs(ctx, userID); err != nil {
		return err
	}
	return nil
}

// ensureDefaultPeriodicJobs reproduces pkg/services/periodic_jobs.go:268:
// called by AuthLogin (auth.go:150) and by every GET /periodic-jobs
// (PeriodicJobsList, :56), outside any transaction.
func (a *apiService) ensureDefaultPeriodicJobs(ctx context.Context, userID int64) error {
	if userID == 0 {
		return nil
	}
	for _, preset := range defaultPeriodicJobPresets() {
		row, err := a.getPeriodicJobByName(ctx, userID, preset.Name) // race
		if err != nil {
			var apiErr *apiError
			if errors.As(err, &apiErr) && apiErr.code == 404 {
				created, createErr := a.insertPeriodicPreset(ctx, userID, preset)
				if createErr != nil {
					return createErr
				}
				if created.Enabled {
					if scheduleErr := a.syncPeriodicJobRegistry(created); scheduleErr != nil {
						return scheduleErr
					}
				}
				continue
			}
			return err
		}
		if row.Enabled {
			if err := a.syncPeriodicJobRegistry(row); err != nil {
				return err
			}
		}
	}
	return nil
}

// defaultPeriodicJobPresets reproduces pkg/services/periodic_jobs.go:304.
func defaultPeriodicJobPresets() []periodicJobPreset {
	return []periodicJobPreset{
		{Name: "Clean Old Events", Kind: periodicJobKindCleanOldEvents, CronExpression: "0 */12 * * *", Args: `{"retention":"5d"}`, System: true},
		{Name: "Clean Stale Uploads", Kind: periodicJobKindCleanStaleUpload, CronExpression: "0 */12 * * *", Args: `{"retention":"1d"}`, System: true},
		{Name: "Clean Pending Files", Kind: periodicJobKindCleanPendingFile, CronExpression: "0 * * * *", Args: `{}`, System: true},
		{Name: "Refresh Folder Sizes", Kind: periodicJobKindRefreshFolderSize, CronExpression: "0 * * * *", Args: `{}`, System: true},
	}
}

// insertPeriodicPreset reproduces pkg/services/periodic_jobs.go:502.
func (a *apiService) insertPeriodicPreset(ctx context.Context, userID int64, preset periodicJobPreset) (*periodicJobRow, error) {
	id := uuid.NewString()
	jobModel := &repositories.PeriodicJob{
		ID:             uuid.MustParse(id),
		UserID:         userID,
		Name:           preset.Name,
		Kind:           preset.Kind,
		Args:           preset.Args,
		CronExpression: preset.CronExpression,
		Enabled:        true,
		System:         preset.System,
		CreatedAt:      time.Now().UTC(),
		UpdatedAt:      time.Now().UTC(),
	}
	err := a.repo.PeriodicJobs.Create(ctx, jobModel)
	if err != nil {
		return nil, &apiError{err: err}
	}
	return a.getPeriodicJobRow(ctx, id, userID)
}

// getPeriodicJobByName reproduces pkg/services/periodic_jobs.go:523:
// not found -> *apiError with code 404.
func (a *apiService) getPeriodicJobByName(ctx context.Context, userID int64, name string) (*periodicJobRow, error) {
	item, err := a.repo.PeriodicJobs.GetByNameAndUserID(ctx, userID, name)
	if err != nil {
		if errors.Is(err, repositories.ErrNotFound) {
			return nil, &apiError{err: errors.New("periodic job not found"), code: 404}
		}
		return nil, &apiError{err: err}
	}
	return fromPeriodicJobModel(*item), nil
}

// getPeriodicJobRow reproduces pkg/services/periodic_jobs.go:534.
func (a *apiService) getPeriodicJobRow(ctx context.Context, id string, userID int64) (*periodicJobRow, error) {
	item, err := a.repo.PeriodicJobs.GetByIDAndUserID(ctx, uuid.MustParse(id), userID)
	if err != nil {
		if errors.Is(err, repositories.ErrNotFound) {
			return nil, &apiError{err: errors.New("periodic job not found"), code: 404}
		}
		return nil, &apiError{err: err}
	}
	return fromPeriodicJobModel(*item), nil
}

// fromPeriodicJobModel reproduces pkg/services/periodic_jobs.go:545.
func fromPeriodicJobModel(item repositories.PeriodicJob) *periodicJobRow {
	return &periodicJobRow{
		ID:             item.ID.String(),
		UserID:         item.UserID,
		Name:           item.Name,
		Kind:           item.Kind,
		Args:           item.Args,
		CronExpression: item.CronExpression,
		Enabled:        item.Enabled,
		System:         item.System,
		CreatedAt:      item.CreatedAt,
		UpdatedAt:      item.UpdatedAt,
	}
}

// syncPeriodicJobRegistry stands in for pkg/services/periodic_jobs.go:644
// (registers the job with the in-memory river periodic-job registry; no SQL).
func (a *apiService) syncPeriodicJobRegistry(row *periodicJobRow) error {
	_ = row
	return nil
}
