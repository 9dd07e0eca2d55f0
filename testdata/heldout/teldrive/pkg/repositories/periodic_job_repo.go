package repositories

import (
	"context"
	"errors"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
)

// JetPeriodicJobRepository reproduces pkg/repositories/periodic_job_repo.go:19.
type JetPeriodicJobRepository struct {
	db jetDB
}

// NewJetPeriodicJobRepository reproduces pkg/repositories/periodic_job_repo.go:23.
func NewJetPeriodicJobRepository(pool Pool) *JetPeriodicJobRepository {
	return &JetPeriodicJobRepository{db: newJetDB(pool)}
}

const periodicJobColumns = `periodic_jobs.id AS "periodic_jobs.id", periodic_jobs.user_id AS "periodic_jobs.user_id",
     periodic_jobs.name AS "periodic_jobs.name", periodic_jobs.kind AS "periodic_jobs.kind",
     periodic_jobs.args AS "periodic_jobs.args", periodic_jobs.cron_expression AS "periodic_jobs.cron_expression",
     periodic_jobs.enabled AS "periodic_jobs.enabled", periodic_jobs.system AS "periodic_jobs.system",
     periodic_jobs.created_at AS "periodic_jobs.created_at", periodic_jobs.updated_at AS "periodic_jobs.updated_at"`

// Create reproduces pkg/repositories/periodic_job_repo.go:27 (plain INSERT,
// id is a fresh UUID; (user_id, name) is UNIQUE).
func (r *JetPeriodicJobRepository) Create(ctx context.Context, job *PeriodicJob) error {
	const stmt = `INSERT INTO teldrive.periodic_jobs (id, user_id, name, kind, args, cron_expression, enabled, system, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9::timestamp with time zone, $10::timestamp with time zone);`
	err := r.db.exec(ctx, stmt, job.ID, job.UserID, job.Name, job.Kind, job.Args, job.CronExpression,
		job.Enabled, job.System, job.CreatedAt, job.UpdatedAt)
	return err
}

// scanPeriodicJob reproduces pkg/repositories/periodic_job_repo.go:236.
func scanPeriodicJob(row pgx.Row) (PeriodicJob, error) {
	var out PeriodicJob
	err := row.Scan(&out.ID, &out.UserID, &out.Name, &out.Kind, &out.Args, &out.CronExpression,
		&out.Enabled, &out.System, &out.CreatedAt, &out.UpdatedAt)
	return out, err
}

// GetByIDAndUserID reproduces pkg/repositories/periodic_job_repo.go:138.
func (r *JetPeriodicJobRepository) GetByIDAndUserID(ctx context.Context, id uuid.UUID, userID int64) (*PeriodicJob, error) {
	const stmt = `SELECT ` + periodicJobColumns + `
FROM teldrive.periodic_jobs
WHERE (periodic_jobs.id = $1) AND (periodic_jobs.user_id = $2);`

	row := r.db.raw().QueryRow(ctx, stmt, id, userID)
	out, err := scanPeriodicJob(row)
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	return &out, nil
}

// GetByNameAndUserID reproduces pkg/repositories/periodic_job_repo.go:167.
func (r *JetPeriodicJobRepository) GetByNameAndUserID(ctx context.Context, userID int64, name string) (*PeriodicJob, error) {
	const stmt = `SELECT ` + periodicJobColumns + `
FROM teldrive.periodic_jobs
WHERE (periodic_jobs.user_id = $1) AND (periodic_jobs.name = $2);`

	row := r.db.raw().QueryRow(ctx, stmt, userID, name)
	out, err := scanPeriodicJob(row)
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	return &out, nil
}
