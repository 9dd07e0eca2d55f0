package postgres

import (
	"context"
	"errors"
	"fmt"
	"io"

	"example.com/heldout/convoy/database"
	"example.com/heldout/convoy/datastore"
)

var (
	ErrJobNotFound   = errors.New("job not found")
	ErrJobNotCreated = errors.New("job could not be created")
	ErrJobNotUpdated = errors.New("job could not be updated")
	ErrJobNotDeleted = errors.New("job could not be deleted")
)

const (
	createJob = `
	INSERT INTO convoy.jobs (id, type, status, project_id)
	VALUES ($1, $2, $3, $4)
	`

	updateJobStartedAt = `
	UPDATE convoy.jobs SET
	status = 'running',
	started_at = NOW(),
	updated_at = NOW()
	WHERE id = $1 AND project_id = $2 AND deleted_at IS NULL;
	`

	updateJobCompletedAt = `
	UPDATE convoy.jobs SET
	status = 'completed',
	completed_at = NOW(),
	updated_at = NOW()
	WHERE id = $1 AND project_id = $2 AND deleted_at IS NULL;
	`

	updateJobFailedAt = `
	UPDATE convoy.jobs SET
	status = 'failed',
	failed_at = NOW(),
	updated_at = NOW()
	WHERE id = $1 AND project_id = $2 AND deleted_at IS NULL;
	`

	deleteJob = `
	UPDATE convoy.jobs SET
	deleted_at = NOW()
	WHERE id = $1 AND project_id = $2 AND deleted_at IS NULL;
	`

	fetchJobById = `
	SELECT * FROM convoy.jobs
	WHERE id = $1 AND project_id = $2 AND deleted_at IS NULL;
	`

	fetchRunningJobsByProjectId = `
	SELECT * FROM convoy.jobs
	WHERE status = 'running'
	AND project_id = $1
	AND deleted_at IS NULL;
	`

	fetchJobsByProjectId = `
	SELECT * FROM convoy.jobs WHERE project_id = $1 AND deleted_at IS NULL;
	`

	fetchJobsPaginated = `
	SELECT * FROM convoy.jobs WHERE deleted_at IS NULL`

	baseJobsFilter = `
	AND project_id = :project_id`

	baseFetchJobsPagedForward = `
	%s
	%s
	AND id <= :cursor
	GROUP BY id
	ORDER BY id DESC
	LIMIT :limit
	`

	baseFetchJobsPagedBackward = `
	WITH jobs AS (
		%s
		%s
		AND id >= :cursor
		GROUP BY id
		ORDER BY id ASC
		LIMIT :limit
	)

	SELECT * FROM jobs ORDER BY id DESC
	`

	countPrevJobs = `
	SELECT COUNT(DISTINCT(id)) AS count
	FROM convoy.jobs
	WHERE deleted_at IS NULL
	%s
	AND id > :cursor GROUP BY id ORDER BY id DESC LIMIT 1`
)

type jobRepo struct {
	db database.Database
}

func NewJobRepo(db database.Database) datastore.JobRepository {
	return &jobRepo{db: db}
}

func (j *jobRepo) CreateJob(ctx context.Context, job *datastore.Job) error {
	r, err := j.db.GetDB().ExecContext(ctx, createJob,
		job.UID,
		job.Type,
		job.Status,
		job.ProjectID,
	)
	if err != nil {
		return err
	}

	rowsAffected, err := r.RowsAffected()
	if err != nil {
		return err
	}

	if rowsAffected < 1 {
		return ErrJobNotCreated
	}

	return nil
}

func (j *jobRepo) MarkJobAsStarted(ctx context.Context, uid, projectID string) error {
	r, err := j.db.GetDB().ExecContext(ctx, updateJobStartedAt, uid, projectID)
	if err != nil {
		return err
	}

	rowsAffected, err := r.RowsAffected()
	if err != nil {
		return err
	}

	if rowsAffected < 1 {
		return ErrJobNotUpdated
	}

	return nil
}

func (j *jobRepo) MarkJobAsCompleted(ctx context.Context, uid, projectID string) error {
	r, err := j.db.GetDB().ExecContext(ctx, updateJobCompletedAt, uid, projectID)
	if err != nil {
		return err
	}

	rowsAffected, err := r.RowsAffected()
	if err != nil {
		return err
	}

	if rowsAffected < 1 {
		return ErrJobNotUpdated
	}

	return nil
}

func (j *jobRepo) MarkJobAsFailed(ctx context.Context, uid, projectID string) error {
	r, err := j.db.GetDB().ExecContext(ctx, updateJobFailedAt, uid, projectID)
	if err != nil {
		return err
	}

	rowsAffected, err := r.RowsAffected()
	if err != nil {
		return err
	}

	if rowsAffected < 1 {
		return ErrJobNotUpdated
	}

	return nil
}

func (j *jobRepo) FetchRunningJobsByProjectId(ctx context.Context, projectID string) ([]datastore.Job, error) {
	var jobs []datastore.Job
	rows, err := j.db.GetReadDB().QueryxContext(ctx, fetchRunningJobsByProjectId, projectID)
	if err != nil {
		return nil, err
	}
	defer closeWithError(rows)

	for rows.Next() {
		var job datastore.Job

		err = rows.StructScan(&job)
		if err != nil {
			return nil, err
		}

		jobs = append(jobs, job)
	}

	return jobs, nil
}

func closeWithError(closer io.Closer) {
	err := closer.Close()
	if err != nil {
		fmt.Printf("%v, an error occurred while closing the client", err)
	}
}
