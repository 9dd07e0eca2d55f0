package models

// storage_jobs.go reproduces GetDiggerJob (backend/models/storage.go:1414-1426),
// read by SetJobStatusForProject before site N7.

import (
	"errors"
	"log/slog"

	"gorm.io/gorm"
)

func (db *Database) GetDiggerJob(jobId string) (*DiggerJob, error) {
	job := &DiggerJob{}
	result := db.GormDB.Preload("Batch").Preload("DiggerJobSummary").Where("digger_job_id=? ", jobId).Find(job)
	if result.Error != nil {
		if !errors.Is(result.Error, gorm.ErrRecordNotFound) {
			slog.Error("error fetching digger job",
				"jobId", jobId,
				"error", result.Error)
			return nil, result.Error
		}
	}
	return job, nil
}
