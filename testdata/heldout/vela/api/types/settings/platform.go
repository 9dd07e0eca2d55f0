// Package settings reproduces api/types/settings (trimmed): the platform
// settings singleton record.
package settings

import (
	"fmt"
	"strings"

	"example.com/heldout/vela/pkg/cli"
)

// Platform reproduces api/types/settings/platform.go (trimmed: the compiler,
// queue and scm sub-settings are left out).
type Platform struct {
	ID                *int32    `json:"id,omitempty"`
	RepoAllowlist     *[]string `json:"repo_allowlist,omitempty"`
	ScheduleAllowlist *[]string `json:"schedule_allowlist,omitempty"`
	CreatedAt         *int64    `json:"created_at,omitempty"`
	UpdatedAt         *int64    `json:"updated_at,omitempty"`
	UpdatedBy         *string   `json:"updated_by,omitempty"`
}

// GetID returns the ID field.
func (ps *Platform) GetID() int32 {
	if ps == nil || ps.ID == nil {
		return 0
	}

	return *ps.ID
}

// GetRepoAllowlist returns the RepoAllowlist field.
func (ps *Platform) GetRepoAllowlist() []string {
	if ps == nil || ps.RepoAllowlist == nil {
		return nil
	}

	return *ps.RepoAllowlist
}

// GetScheduleAllowlist returns the ScheduleAllowlist field.
func (ps *Platform) GetScheduleAllowlist() []string {
	if ps == nil || ps.ScheduleAllowlist == nil {
		return nil
	}

	return *ps.ScheduleAllowlist
}

// GetCreatedAt returns the CreatedAt field.
func (ps *Platform) GetCreatedAt() int64 {
	if ps == nil || ps.CreatedAt == nil {
		return 0
	}

	return *ps.CreatedAt
}

// GetUpdatedAt returns the UpdatedAt field.
func (ps *Platform) GetUpdatedAt() int64 {
	if ps == nil || ps.UpdatedAt == nil {
		return 0
	}

	return *ps.UpdatedAt
}

// GetUpdatedBy returns the UpdatedBy field.
func (ps *Platform) GetUpdatedBy() string {
	if ps == nil || ps.UpdatedBy == nil {
		return ""
	}

	return *ps.UpdatedBy
}

// SetID sets the ID field.
func (ps *Platform) SetID(v int32) { ps.ID = &v }

// SetRepoAllowlist sets the RepoAllowlist field.
func (ps *Platform) SetRepoAllowlist(v []string) { ps.RepoAllowlist = &v }

// SetScheduleAllowlist sets the ScheduleAllowlist field.
func (ps *Platform) SetScheduleAllowlist(v []string) { ps.ScheduleAllowlist = &v }

// SetCreatedAt sets the CreatedAt field.
func (ps *Platform) SetCreatedAt(v int64) { ps.CreatedAt = &v }

// SetUpdatedAt sets the UpdatedAt field.
func (ps *Platform) SetUpdatedAt(v int64) { ps.UpdatedAt = &v }

// SetUpdatedBy sets the UpdatedBy field.
func (ps *Platform) SetUpdatedBy(v string) { ps.UpdatedBy = &v }

// FromCLICommand reproduces api/types/settings/platform.go FromCLICommand
// (trimmed to the allowlists).
func FromCLICommand(c *cli.Command) *Platform {
	ps := new(Platform)

	ps.SetRepoAllowlist(strings.Split(c.String("vela-repos-allowlist"), ","))
	ps.SetScheduleAllowlist(strings.Split(c.String("vela-schedule-allowlist"), ","))

	return ps
}

// String implements the Stringer interface for the Platform type.
func (ps *Platform) String() string {
	return fmt.Sprintf("{ID: %d, RepoAllowlist: %v, ScheduleAllowlist: %v}", ps.GetID(), ps.GetRepoAllowlist(), ps.GetScheduleAllowlist())
}
