package model

// StatusValue is server/model/const.go.
type StatusValue string

const (
	StatusCreated StatusValue = "created"
	StatusPending StatusValue = "pending"
)

// Pipeline is server/model/pipeline.go:25, reduced. UNIQUE(s) = (repo_id,
// number) (:27-28).
type Pipeline struct {
	ID        int64        `json:"id"                      xorm:"pk autoincr 'id'"`
	RepoID    int64        `json:"-"                       xorm:"UNIQUE(s) INDEX 'repo_id'"`
	Number    int64        `json:"number"                  xorm:"UNIQUE(s) 'number'"`
	Event     WebhookEvent `json:"event"                   xorm:"event"`
	Status    StatusValue  `json:"status"                  xorm:"INDEX 'status'"`
	Created   int64        `json:"created"                 xorm:"'created' NOT NULL DEFAULT 0 created"`
	Commit    string       `json:"commit"                  xorm:"commit"`
	Branch    string       `json:"branch"                  xorm:"branch"`
	Ref       string       `json:"ref"                     xorm:"ref"`
	ForgeURL  string       `json:"forge_url"               xorm:"forge_url"`
	Cron      string       `json:"cron,omitempty"          xorm:"cron"` // name of the cron job
	Timestamp int64        `json:"timestamp"               xorm:"'timestamp'"`

	AdditionalVariables map[string]string `json:"variables,omitempty"     xorm:"json 'additional_variables'"`
} //	@name	Pipeline

// TableName return database table name for xorm.
func (Pipeline) TableName() string {
	return "pipelines"
}

// Step is server/model/step.go:26, reduced. UNIQUE(s) = (pipeline_id, pid).
type Step struct {
	ID         int64 `json:"id"                   xorm:"pk autoincr 'id'"`
	PipelineID int64 `json:"pipeline_id"          xorm:"UNIQUE(s) INDEX 'pipeline_id'"`
	PID        int   `json:"pid"                  xorm:"UNIQUE(s) 'pid'"`
}

// TableName return database table name for xorm.
func (Step) TableName() string {
	return "steps"
}
