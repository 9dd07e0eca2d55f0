package model

// ApprovalMode is server/model/repo.go:23.
type ApprovalMode string

// Repo is server/model/repo.go:45, reduced to the columns the reproduced code
// touches. UNIQUE(forge) = (forge_id, forge_remote_id) (:48, :50),
// UNIQUE(name) = (forge_id, owner, name) (:48, :52-53),
// UNIQUE(full_name) = (forge_id, full_name) (:48, :54).
type Repo struct {
	ID      int64 `json:"id,omitempty"                    xorm:"pk autoincr 'id'"`
	UserID  int64 `json:"-"                               xorm:"INDEX 'user_id'"`
	ForgeID int64 `json:"forge_id,omitempty"              xorm:"UNIQUE(forge) UNIQUE(name) UNIQUE(full_name) forge_id"`
	// ForgeRemoteID is the unique identifier for the repository on the forge.
	ForgeRemoteID                ForgeRemoteID  `json:"forge_remote_id"                 xorm:"UNIQUE(forge) forge_remote_id"`
	OrgID                        int64          `json:"org_id"                          xorm:"INDEX 'org_id'"`
	Owner                        string         `json:"owner"                           xorm:"UNIQUE(name) 'owner'"`
	Name                         string         `json:"name"                            xorm:"UNIQUE(name) 'name'"`
	FullName                     string         `json:"full_name"                       xorm:"UNIQUE(full_name) 'full_name'"`
	Avatar                       string         `json:"avatar_url,omitempty"            xorm:"varchar(500) 'avatar'"`
	ForgeURL                     string         `json:"forge_url,omitempty"             xorm:"varchar(1000) 'forge_url'"`
	Clone                        string         `json:"clone_url,omitempty"             xorm:"varchar(1000) 'clone'"`
	CloneSSH                     string         `json:"clone_url_ssh"                   xorm:"varchar(1000) 'clone_ssh'"`
	Branch                       string         `json:"default_branch,omitempty"        xorm:"varchar(500) 'branch'"`
	PREnabled                    bool           `json:"pr_enabled"                      xorm:"DEFAULT TRUE 'pr_enabled'"`
	Timeout                      int64          `json:"timeout,omitempty"               xorm:"timeout"`
	Visibility                   RepoVisibility `json:"visibility"                      xorm:"varchar(10) 'visibility'"`
	IsSCMPrivate                 bool           `json:"private"                         xorm:"private"`
	RequireApproval              ApprovalMode   `json:"require_approval"                xorm:"varchar(50) require_approval"`
	IsActive                     bool           `json:"active"                          xorm:"active"`
	AllowPull                    bool           `json:"allow_pr"                        xorm:"allow_pr"`
	AllowDeploy                  bool           `json:"allow_deploy"                    xorm:"allow_deploy"`
	Hash                         string         `json:"-"                               xorm:"varchar(500) 'hash'"`
	CancelPreviousPipelineEvents []WebhookEvent `json:"cancel_previous_pipeline_events" xorm:"json 'cancel_previous_pipeline_events'"`

	// internal usage

	Perm *Perm `json:"-"    xorm:"-"`
} //	@name	Repo

// TableName return database table name for xorm.
func (Repo) TableName() string {
	return "repos"
}

// Update is server/model/repo.go:124.
func (r *Repo) Update(from *Repo) {
	if from.ForgeRemoteID.IsValid() {
		r.ForgeRemoteID = from.ForgeRemoteID
	}
	r.Owner = from.Owner
	r.Name = from.Name
	r.FullName = from.FullName
	r.Avatar = from.Avatar
	r.ForgeURL = from.ForgeURL
	r.PREnabled = from.PREnabled
	if len(from.Clone) > 0 {
		r.Clone = from.Clone
	}
	if len(from.CloneSSH) > 0 {
		r.CloneSSH = from.CloneSSH
	}
	r.Branch = from.Branch
	if from.Visibility != "" {
		r.Visibility = from.Visibility
		r.IsSCMPrivate = from.IsSCMPrivate
	}
}

// ForgeRemoteID is server/model/repo.go:174.
type ForgeRemoteID string

// IsValid is server/model/repo.go:176.
func (r ForgeRemoteID) IsValid() bool {
	return r != "" && r != "0"
}

// RepoVisibility is server/model/const.go.
type RepoVisibility string

const (
	VisibilityPublic  RepoVisibility = "public"
	VisibilityPrivate RepoVisibility = "private"
)

// WebhookEvent is server/model/const.go.
type WebhookEvent string

const (
	EventPush WebhookEvent = "push"
	EventCron WebhookEvent = "cron"
)

// ListOptions is server/model/list_options.go.
type ListOptions struct {
	All     bool
	Page    int
	PerPage int
}

// Commit is server/model/commit.go.
type Commit struct {
	SHA      string `json:"sha"`
	ForgeURL string `json:"forge_url"`
}
