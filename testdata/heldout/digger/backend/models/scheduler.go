package models

// Reproduces the models of backend/models/scheduler.go that the reproduced
// sites use (struct tags verbatim; DiggerBatch and DiggerJob trimmed to the
// fields those sites read).

import (
	"time"

	orchestrator_scheduler "example.com/heldout/digger/libs/scheduler"
	"github.com/google/uuid"
	"gorm.io/gorm"
)

// ImpactedProject reproduces backend/models/scheduler.go:14-24. Table
// impacted_projects (migrations/20251114205312.sql:14-27, 20251114230419.sql):
// "id" text PRIMARY KEY and idx_impacted_projects_deleted_at only; the
// idx_org_repo tag below is a plain (non-unique) index and has no migration.
type ImpactedProject struct {
	gorm.Model
	ID           uuid.UUID `gorm:"primary_key"`
	RepoFullName string    `gorm:"index:idx_org_repo"`
	CommitSha    string    `gorm:"index:idx_org_repo"`
	PrNumber     *int
	Branch       *string
	ProjectName  string
	Planned      bool
	Applied      bool
}

type DiggerVCSType string

const DiggerVCSGithub DiggerVCSType = "github"
const DiggerVCSGitlab DiggerVCSType = "gitlab"
const DiggerVCSBitbucket DiggerVCSType = "bitbucket"

// DiggerBatch reproduces backend/models/scheduler.go:38-65 (trimmed).
type DiggerBatch struct {
	gorm.Model
	ID            uuid.UUID `gorm:"primary_key"`
	DiggerBatchID string    `gorm:"size:20,index:idx_digger_batch_id"` // shorter version of the ID to be able to use in check run
	PrNumber      int
	CommitSha     string
	Status        orchestrator_scheduler.DiggerBatchStatus
	BranchName    string
	RepoFullName  string
	RepoOwner     string
	RepoName      string
	BatchType     orchestrator_scheduler.DiggerCommand
}

// DiggerJob reproduces backend/models/scheduler.go:67-96 (trimmed).
type DiggerJob struct {
	gorm.Model
	DiggerJobID        string                                 `gorm:"size:50,index:idx_digger_job_id"`
	Status             orchestrator_scheduler.DiggerJobStatus `gorm:"index:idx_digger_jobs_status"`
	RunName            string
	ProjectName        string
	Batch              *DiggerBatch
	BatchID            *string `gorm:"index:idx_digger_job_id"`
	DiggerJobSummary   DiggerJobSummary
	DiggerJobSummaryID uint
	TerraformOutput    string
	PlanFootprint      []byte
	StatusUpdatedAt    time.Time
}

// DiggerJobSummary reproduces backend/models/scheduler.go:98-103.
type DiggerJobSummary struct {
	gorm.Model
	ResourcesCreated uint
	ResourcesDeleted uint
	ResourcesUpdated uint
}

type DiggerJobLinkStatus int8

const (
	DiggerJobLinkCreated   DiggerJobLinkStatus = 1
	DiggerJobLinkSucceeded DiggerJobLinkStatus = 2
)

// GithubDiggerJobLink links GitHub Workflow Job id to Digger's Job Id
type GithubDiggerJobLink struct {
	gorm.Model
	DiggerJobId         string `gorm:"size:50,index:idx_digger_job_id"`
	RepoFullName        string
	GithubJobId         int64 `gorm:"index:idx_github_job_id"`
	GithubWorkflowRunId int64
	Status              DiggerJobLinkStatus
}
