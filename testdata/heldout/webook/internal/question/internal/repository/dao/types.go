package dao

// QuestionSet reproduces internal/question/internal/repository/dao/types.go:75.
type QuestionSet struct {
	Id int64 `gorm:"primaryKey,autoIncrement"`
	// 所有者
	Uid int64 `gorm:"index"`
	// 题集标题
	Title string
	// 题集描述
	Description string

	// 注意，QuestionSet 的 Biz 和 BizId 可以和内部的 Question 的不同
	Biz   string `gorm:"type=varchar(256);index:biz;not null;default:'baguwen';"`
	BizId int64  `gorm:"index:biz;not null;default:0;"`

	Ctime int64
	Utime int64 `gorm:"index"`
}

// QuestionSetQuestion 题集问题 (types.go:94): UNIQUE qsid_qid (qs_id, qid).
type QuestionSetQuestion struct {
	Id    int64 `gorm:"primaryKey,autoIncrement"`
	QSID  int64 `gorm:"column:qs_id;uniqueIndex:qsid_qid"`
	QID   int64 `gorm:"column:qid;uniqueIndex:qsid_qid"`
	Ctime int64
	Utime int64 `gorm:"index"`
}
