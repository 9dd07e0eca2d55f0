package domain

// Permission reproduces internal/permission/internal/domain.
type Permission struct {
	Uid   int64
	Biz   string
	BizID int64
	Desc  string
}
