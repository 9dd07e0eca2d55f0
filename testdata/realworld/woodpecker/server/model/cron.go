package model

// Cron is server/model/cron.go:24, reduced. UNIQUE(s) = (name, repo_id)
// (:26-27).
type Cron struct {
	ID        int64             `json:"id"         xorm:"pk autoincr 'id'"`
	Name      string            `json:"name"       xorm:"name UNIQUE(s) INDEX"`
	RepoID    int64             `json:"repo_id"    xorm:"repo_id UNIQUE(s) INDEX"`
	NextExec  int64             `json:"next_exec"  xorm:"next_exec"`
	Schedule  string            `json:"schedule"   xorm:"schedule NOT NULL"` //	@weekly,	3min, ...
	Timezone  string            `json:"timezone"   xorm:"timezone NOT NULL DEFAULT 'UTC'"`
	Branch    string            `json:"branch"     xorm:"branch"`
	Enabled   bool              `json:"enabled"    xorm:"enabled NOT NULL DEFAULT TRUE"`
	Variables map[string]string `json:"variables"  xorm:"json 'variables'"`
} //	@name	Cron

// TableName returns the database table name for xorm.
func (Cron) TableName() string {
	return "crons"
}

// Redirection is server/model/redirection.go:17. UNIQUE repo_full_name (:20).
type Redirection struct {
	ID       int64  `xorm:"pk autoincr 'id'"`
	RepoID   int64  `xorm:"'repo_id'"`
	FullName string `xorm:"UNIQUE INDEX 'repo_full_name'"`
}

func (r Redirection) TableName() string {
	return "redirections"
}
