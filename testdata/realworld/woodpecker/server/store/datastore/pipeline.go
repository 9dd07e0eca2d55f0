package datastore

import (
	"context"
	"errors"
	"time"

	"xorm.io/builder"
	"xorm.io/xorm"

	"example.com/realworld/woodpecker/server/model"
	"example.com/realworld/woodpecker/server/store/types"
	"example.com/realworld/woodpecker/third_party/backoff"
)

// GetPipeline is server/store/datastore/pipeline.go:30.
func (s storage) GetPipeline(id int64) (*model.Pipeline, error) {
	pipeline := &model.Pipeline{}
	return pipeline, wrapGet(s.engine.ID(id).Get(pipeline))
}

// CreatePipeline creates a new pipeline with retry logic for unique
// constraint errors (pipeline.go:154).
func (s storage) CreatePipeline(pipeline *model.Pipeline, stepList ...*model.Step) error {
	// Maximum number of retries
	const maxRetries = 3

	// Create backoff configuration
	exponentialBackoff := backoff.NewExponentialBackOff()

	// Execute with backoff retry
	_, err := backoff.Retry(context.Background(), func() (struct{}, error) {
		sess := s.engine.NewSession()
		defer sess.Close()
		if err := sess.Begin(); err != nil {
			return struct{}{}, err
		}

		repoExist, err := sess.Where("id = ?", pipeline.RepoID).Exist(&model.Repo{})
		if err != nil {
			return struct{}{}, err
		}

		if !repoExist {
			return struct{}{}, ErrorRepoNotExist{RepoID: pipeline.RepoID}
		}

		// calc pipeline number
		var number int64
		if _, err := sess.Select("MAX(number)").Table(new(model.Pipeline)).Where("repo_id = ?", pipeline.RepoID).Get(&number); err != nil { // safe: a (repo_id, number) unique violation from a concurrent creator is caught (ErrInsertDuplicateDetected) and the whole transaction is retried with a fresh MAX by backoff.Retry
			return struct{}{}, err
		}
		pipeline.Number = number + 1

		pipeline.Created = time.Now().UTC().Unix()
		// only Insert set auto created ID back to object
		if err := wrapInsert(sess.Insert(pipeline)); err != nil {
			if errors.Is(err, types.ErrInsertDuplicateDetected) {
				return struct{}{}, err
			}
			return struct{}{}, backoff.Permanent(err)
		}

		for i := range stepList {
			stepList[i].PipelineID = pipeline.ID
			// only Insert set auto created ID back to object
			if err := wrapInsert(sess.Insert(stepList[i])); err != nil {
				if errors.Is(err, types.ErrInsertDuplicateDetected) {
					return struct{}{}, err
				}
				return struct{}{}, backoff.Permanent(err)
			}
		}

		return struct{}{}, sess.Commit()
	}, backoff.WithBackOff(exponentialBackoff), backoff.WithMaxTries(maxRetries))

	return err
}

// DeletePipeline is pipeline.go:219.
func (s storage) DeletePipeline(pipeline *model.Pipeline) error {
	return s.deletePipeline(s.engine.NewSession(), pipeline.ID)
}

// deletePipeline is pipeline.go:223 (the workflow/step deletion at :224 is
// dropped).
func (s storage) deletePipeline(sess *xorm.Session, pipelineID int64) error {
	var confIDs []int64
	if err := sess.Table(new(model.PipelineConfig)).Select("config_id").Where("pipeline_id = ?", pipelineID).Find(&confIDs); err != nil {
		return err
	}
	for _, confID := range confIDs {
		exist, err := sess.Where(builder.Eq{"config_id": confID}.And(builder.Neq{"pipeline_id": pipelineID})).Exist(new(model.PipelineConfig)) // safe: the existence check only guards a DELETE of the shared config row, nothing is inserted
		if err != nil {
			return err
		}
		if !exist {
			// this config is only used for this pipeline. so delete it
			if _, err := sess.Where(builder.Eq{"id": confID}).Delete(new(model.Config)); err != nil {
				return err
			}
		}
	}

	if _, err := sess.Where("pipeline_id = ?", pipelineID).Delete(new(model.PipelineConfig)); err != nil {
		return err
	}
	return wrapDelete(sess.ID(pipelineID).Delete(new(model.Pipeline)))
}
