package dao

// CaseSet reproduces internal/cases/internal/repository/dao/types.go:43.
type CaseSet struct {
	Id int64 `gorm:"primaryKey,autoIncrement"`
	// 所有者
	Uid int64 `gorm:"index"`
	// 题集标题
	Title string
	// 题集描述
	Description string

	Biz   string `gorm:"type=varchar(256);index:biz;not null;default:'baguwen';"`
	BizId int64  `gorm:"index:biz;not null;default:0;"`

	Ctime int64
	Utime int64 `gorm:"index"`
}

// CaseSetCase 案例集和案例的关联关系 (types.go:60): UNIQUE csid_cid (cs_id, cid).
type CaseSetCase struct {
	Id    int64 `gorm:"primaryKey,autoIncrement"`
	CSID  int64 `gorm:"column:cs_id;uniqueIndex:csid_cid"`
	CID   int64 `gorm:"column:cid;uniqueIndex:csid_cid"`
	Ctime int64
	Utime int64 `gorm:"index"`
}
