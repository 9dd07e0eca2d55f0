// Package job is a stand-in for Dragonfly2 internal/job (machinery task
// plumbing over Redis): only GroupJobState (job.go:108).
package job

import "time"

// GroupJobState is the state of a machinery group job.
type GroupJobState struct {
	GroupUUID string    `json:"group_uuid"`
	State     string    `json:"state"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}
