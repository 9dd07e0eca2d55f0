// The unique key is declared only in the project's SQL migrations, not in
// xorm's tags (which shape only the tables Sync creates): the table is
// the model's name in snake case, xorm's default mapper.
package sql_keys_xorm

import "xorm.io/xorm"

type Team struct {
	ID        int64 `xorm:"pk autoincr 'id'"`
	OrgID     int64 `xorm:"'org_id'"`
	LowerName string
}

// EnsureTeam returns the organization's team called name, creating it.
func EnsureTeam(engine *xorm.Engine, orgID int64, name string) (*Team, error) {
	var t Team
	has, err := engine.Where("org_id = ? AND lower_name = ?", orgID, name).Get(&t)
	if err != nil {
		return nil, err
	}
	if !has {
		t = Team{OrgID: orgID, LowerName: name}
		if _, err := engine.Insert(&t); err != nil {
			return nil, err
		}
	}
	return &t, nil
}
