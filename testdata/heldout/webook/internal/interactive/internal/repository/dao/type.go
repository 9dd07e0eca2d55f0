package dao

// Interactive 汇总表 (type.go:18): UNIQUE biz_type_id (biz_id, biz).
type Interactive struct {
	Id         int64  `gorm:"primaryKey,autoIncrement"`
	BizId      int64  `gorm:"uniqueIndex:biz_type_id"`
	Biz        string `gorm:"type:varchar(128);uniqueIndex:biz_type_id"`
	ViewCnt    int
	LikeCnt    int
	CollectCnt int
	Utime      int64
	Ctime      int64
}

// UserLikeBiz 点赞明细表 (type.go:30): UNIQUE uid_biz_type_id (uid, biz_id, biz).
type UserLikeBiz struct {
	Id    int64  `gorm:"primaryKey,autoIncrement"`
	Uid   int64  `gorm:"uniqueIndex:uid_biz_type_id"`
	BizId int64  `gorm:"uniqueIndex:uid_biz_type_id"`
	Biz   string `gorm:"type:varchar(128);uniqueIndex:uid_biz_type_id"`
	Utime int64
	Ctime int64
}

// UserCollectionBiz 收藏明细表 (type.go:40): UNIQUE uid_biz_type_id (uid, biz_id, biz).
type UserCollectionBiz struct {
	Id    int64  `gorm:"primaryKey,autoIncrement"`
	Uid   int64  `gorm:"uniqueIndex:uid_biz_type_id"`
	BizId int64  `gorm:"uniqueIndex:uid_biz_type_id"`
	Biz   string `gorm:"type:varchar(128);uniqueIndex:uid_biz_type_id"`

	// Cid 收藏夹id
	Cid   int64 `gorm:"index;not null;default(0)"`
	Utime int64
	Ctime int64
}

type Collection struct {
	Id int64 `gorm:"primaryKey,autoIncrement"`
	// 在 Uid 和 Name 上创建唯一索引，确保用户不会创建同名收藏夹
	Uid   int64  `gorm:"uniqueIndex:uid_name"`
	Name  string `gorm:"type:varchar(256);uniqueIndex:uid_name"`
	Utime int64
	Ctime int64
}
