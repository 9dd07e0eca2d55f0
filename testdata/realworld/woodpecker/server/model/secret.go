package model

// Secret is server/model/secret.go:47, reduced. UNIQUE(s) = (org_id,
// repo_id, name) (:49-51).
type Secret struct {
	ID     int64  `json:"id"              xorm:"pk autoincr 'id'"`
	OrgID  int64  `json:"org_id"          xorm:"NOT NULL DEFAULT 0 UNIQUE(s) INDEX 'org_id'"`
	RepoID int64  `json:"repo_id"         xorm:"NOT NULL DEFAULT 0 UNIQUE(s) INDEX 'repo_id'"`
	Name   string `json:"name"            xorm:"NOT NULL UNIQUE(s) INDEX 'name'"`
	Value  string `json:"value,omitempty" xorm:"TEXT 'value'"`
} //	@name	Secret

// TableName return database table name for xorm.
func (Secret) TableName() string {
	return "secrets"
}

// Registry is server/model/registry.go:30, reduced. UNIQUE(s) = (org_id,
// repo_id, address) (:32-34).
type Registry struct {
	ID       int64  `json:"id"       xorm:"pk autoincr 'id'"`
	OrgID    int64  `json:"org_id"   xorm:"NOT NULL DEFAULT 0 UNIQUE(s) INDEX 'org_id'"`
	RepoID   int64  `json:"repo_id"  xorm:"NOT NULL DEFAULT 0 UNIQUE(s) INDEX 'repo_id'"`
	Address  string `json:"address"  xorm:"NOT NULL UNIQUE(s) INDEX 'address'"`
	Username string `json:"username" xorm:"varchar(2000) 'username'"`
	Password string `json:"password" xorm:"TEXT 'password'"`
} //	@name	Registry

func (r Registry) TableName() string {
	return "registries"
}
