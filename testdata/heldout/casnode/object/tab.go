package object

// Tab reproduces object/tab.go:17 (primary key id).
type Tab struct {
	Id          string   `xorm:"varchar(100) notnull pk" json:"id"`
	Name        string   `xorm:"varchar(100)" json:"name"`
	Sorter      int      `json:"sorter"`
	Ranking     int      `json:"ranking"`
	CreatedTime string   `xorm:"varchar(40)" json:"-"`
	DefaultNode string   `xorm:"varchar(100)" json:"defaultNode"`
	HomePage    bool     `xorm:"bool" json:"-"`
	Desc        string   `xorm:"mediumtext" json:"desc"`
	Extra       string   `xorm:"mediumtext" json:"extra"`
	Moderators  []string `xorm:"varchar(200)" json:"moderators"`
}

// GetTab reproduces object/tab.go:30.
func GetTab(id string) *Tab {
	tab := Tab{Id: id}
	existed, err := adapter.Engine.Get(&tab)
	if err != nil {
		panic(err)
	}

	if existed {
		return &tab
	} else {
		return nil
	}
}

// AddTab reproduces object/tab.go:44.
func AddTab(tab *Tab) bool {
	affected, err := adapter.Engine.Insert(tab)
	if err != nil {
		panic(err)
	}

	return affected != 0
}

// UpdateTab reproduces object/tab.go:62 (lookup :63, update :67).
// Caller: POST /api/update-tab -> controllers/tab.go:103 (admin).
func UpdateTab(id string, tab *Tab) bool {
	if GetTab(id) == nil { // safe: the lookup only guards an UPDATE of the tab; nothing is inserted when it is missing
		return false
	}

	_, err := adapter.Engine.ID(id).AllCols().Omit("id").Update(tab)
	if err != nil {
		panic(err)
	}

	// return affected != 0
	return true
}
