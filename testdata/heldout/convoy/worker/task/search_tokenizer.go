package task

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"example.com/heldout/convoy/datastore"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/third_party/asynq"
	"example.com/heldout/convoy/third_party/ulid"
)

func TokenizerHandler(eventRepo datastore.EventRepository, jobRepo datastore.JobRepository, logger log.Logger) func(context.Context, *asynq.Task) error {
	return func(ctx context.Context, t *asynq.Task) error {
		var params datastore.SearchIndexParams
		err := json.Unmarshal(t.Payload(), &params)
		if err != nil {
			logger.Error("failed to unmarshal tokenizer handler payload", "error", err)
			return &EndpointError{Err: err, delay: time.Second * 30}
		}

		err = tokenize(ctx, eventRepo, jobRepo, params.ProjectID, params.Interval)
		if err != nil {
			return err
		}
		logger.Debug(fmt.Sprintf("done tokenizing events in the last %d hours for project with id %s", params.Interval, params.ProjectID))

		return nil
	}
}

func tokenize(ctx context.Context, eventRepo datastore.EventRepository, jobRepo datastore.JobRepository, projectId string, interval int) error {
	// (upstream: returns ErrFullTextSearchNotEnabled unless the full-text-search feature flag is on)

	// check if a job for a given project is currently running
	jobs, err := jobRepo.FetchRunningJobsByProjectId(ctx, projectId) // race; no unique key: jobs has only id PRIMARY KEY (sql/1692699318.sql:10); nothing on (project_id, status)
	if err != nil {
		return err
	}

	// if a job is in progress, exit
	if len(jobs) > 0 {
		return errors.New("there are currently running jobs")
	}

	job := &datastore.Job{
		UID:       ulid.Make().String(),
		Type:      "search_tokenizer",
		Status:    "ready",
		ProjectID: projectId,
	}

	err = jobRepo.CreateJob(ctx, job)
	if err != nil {
		return err
	}

	err = jobRepo.MarkJobAsStarted(ctx, job.UID, projectId)
	if err != nil {
		return err
	}

	// if a job is not currently running, start a new job
	err = eventRepo.CopyRows(ctx, projectId, interval)
	if err != nil {
		err = jobRepo.MarkJobAsFailed(ctx, job.UID, projectId)
		if err != nil {
			return err
		}

		return err
	}

	// if the rows were copied without an error, mark the job as complete and successful
	err = jobRepo.MarkJobAsCompleted(ctx, job.UID, projectId)
	if err != nil {
		return err
	}

	// exit
	return nil
}
