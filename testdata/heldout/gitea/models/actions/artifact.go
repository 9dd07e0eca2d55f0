// Copyright 2023 The Gitea Authors. All rights reserved.
// SPDX-License-Identifier: MIT

// Reproduced from models/actions/artifact.go @00d39b645472643f75811daae3a6e7965cc8d603
// (ActionArtifact :34-51, CreateArtifact :53-78, getArtifactByNameAndPath :80-89).

package actions

import (
	"context"
	"errors"
	"time"

	"example.com/heldout/gitea/models/db"
	"example.com/heldout/gitea/modules/timeutil"
	"example.com/heldout/gitea/modules/util"
)

// ArtifactStatus is the status of an artifact, uploading, expired or need-delete
type ArtifactStatus int64

const (
	ArtifactStatusUploadPending   ArtifactStatus = iota + 1 // 1， ArtifactStatusUploadPending is the status of an artifact upload that is pending
	ArtifactStatusUploadConfirmed                           // 2， ArtifactStatusUploadConfirmed is the status of an artifact upload that is confirmed
	ArtifactStatusUploadError                               // 3， ArtifactStatusUploadError is the status of an artifact upload that is errored
	ArtifactStatusExpired                                   // 4, ArtifactStatusExpired is the status of an artifact that is expired
)

func init() {
	db.RegisterModel(new(ActionArtifact))
}

// ActionArtifact is a file that is stored in the artifact storage.
type ActionArtifact struct {
	ID                 int64 `xorm:"pk autoincr"`
	RunID              int64 `xorm:"index unique(runid_name_path)"` // The run id of the artifact
	RunnerID           int64
	RepoID             int64 `xorm:"index"`
	OwnerID            int64
	CommitSHA          string
	StoragePath        string             // The path to the artifact in the storage
	FileSize           int64              // The size of the artifact in bytes
	FileCompressedSize int64              // The size of the artifact in bytes after gzip compression
	ContentEncoding    string             // The content encoding of the artifact
	ArtifactPath       string             `xorm:"index unique(runid_name_path)"` // The path to the artifact when runner uploads it
	ArtifactName       string             `xorm:"index unique(runid_name_path)"` // The name of the artifact when runner uploads it
	Status             int64              `xorm:"index"`                         // The status of the artifact, uploading, expired or need-delete
	CreatedUnix        timeutil.TimeStamp `xorm:"created"`
	UpdatedUnix        timeutil.TimeStamp `xorm:"updated index"`
	ExpiredUnix        timeutil.TimeStamp `xorm:"index"` // The time when the artifact will be expired
}

// CreateArtifact ...
// callers: routers/api/actions/artifacts.go uploadArtifact (PUT .../_apis/pipelines/workflows/{run_id}/artifacts/{id}/upload,
// called per file chunk), artifactsv4.go CreateArtifact (actions/upload-artifact@v4)
func CreateArtifact(ctx context.Context, t *ActionTask, artifactName, artifactPath string, expiredDays int64) (*ActionArtifact, error) {
	if err := t.LoadJob(ctx); err != nil {
		return nil, err
	}
	// no transaction; action_artifact (run_id, artifact_path, artifact_name) is unique(runid_name_path)
	artifact, err := getArtifactByNameAndPath(ctx, t.Job.RunID, artifactName, artifactPath) // race
	if errors.Is(err, util.ErrNotExist) {
		artifact := &ActionArtifact{
			ArtifactName: artifactName,
			ArtifactPath: artifactPath,
			RunID:        t.Job.RunID,
			RunnerID:     t.RunnerID,
			RepoID:       t.RepoID,
			OwnerID:      t.OwnerID,
			CommitSHA:    t.CommitSHA,
			Status:       int64(ArtifactStatusUploadPending),
			ExpiredUnix:  timeutil.TimeStamp(time.Now().Unix() + 3600*24*expiredDays),
		}
		if _, err := db.GetEngine(ctx).Insert(artifact); err != nil {
			return nil, err
		}
		return artifact, nil
	} else if err != nil {
		return nil, err
	}
	return artifact, nil
}

func getArtifactByNameAndPath(ctx context.Context, runID int64, name, fpath string) (*ActionArtifact, error) {
	var art ActionArtifact
	has, err := db.GetEngine(ctx).Where("run_id = ? AND artifact_name = ? AND artifact_path = ?", runID, name, fpath).Get(&art)
	if err != nil {
		return nil, err
	} else if !has {
		return nil, util.ErrNotExist
	}
	return &art, nil
}

// ActionRunJob represents a job of a run (trimmed, models/actions/run_job.go)
type ActionRunJob struct {
	ID    int64
	RunID int64 `xorm:"index"`
}

// ActionTask represents a distribution of job (trimmed, models/actions/task.go)
type ActionTask struct {
	ID        int64
	JobID     int64
	Job       *ActionRunJob `xorm:"-"`
	RunnerID  int64         `xorm:"index"`
	RepoID    int64         `xorm:"index"`
	OwnerID   int64         `xorm:"index"`
	CommitSHA string        `xorm:"index"`
}

// LoadJob loads the job of the task (trimmed)
func (task *ActionTask) LoadJob(ctx context.Context) error {
	if task.Job == nil {
		job := &ActionRunJob{}
		has, err := db.GetEngine(ctx).ID(task.JobID).Get(job)
		if err != nil {
			return err
		} else if !has {
			return util.ErrNotExist
		}
		task.Job = job
	}
	return nil
}
