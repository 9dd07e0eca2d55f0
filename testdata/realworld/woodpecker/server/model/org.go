package model

// Org is server/model/org.go:18. UNIQUE(s) = (forge_id, name) (:20-21).
type Org struct {
	ID      int64  `json:"id,omitempty"       xorm:"pk autoincr 'id'"`
	ForgeID int64  `json:"forge_id,omitempty" xorm:"forge_id UNIQUE(s)"`
	Name    string `json:"name"               xorm:"'name' UNIQUE(s)"`
	IsUser  bool   `json:"is_user"            xorm:"is_user"`
	// if name lookup has to check for membership or not
	Private bool `json:"-"                    xorm:"private"`
} //	@name	Org

// TableName return database table name for xorm.
func (Org) TableName() string {
	return "orgs"
}
