package model

// Perm is server/model/perm.go:19. UNIQUE(s) = (user_id, repo_id) (:20-21).
type Perm struct {
	UserID  int64 `json:"-"       xorm:"UNIQUE(s) INDEX NOT NULL 'user_id'"`
	RepoID  int64 `json:"-"       xorm:"UNIQUE(s) INDEX NOT NULL 'repo_id'"`
	Pull    bool  `json:"pull"    xorm:"pull"`
	Push    bool  `json:"push"    xorm:"push"`
	Admin   bool  `json:"admin"   xorm:"admin"`
	Synced  int64 `json:"synced"  xorm:"synced"`
	Created int64 `json:"created" xorm:"created"`
	Updated int64 `json:"updated" xorm:"updated"`
} //	@name	Perm

// TableName return database table name for xorm.
func (Perm) TableName() string {
	return "perms"
}
