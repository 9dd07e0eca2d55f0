// Copied from internal/entity/uniqid_entity.go (apache/incubator-answer f7731bc), xorm tags unchanged.

package entity

// Uniqid uniqid
type Uniqid struct {
	ID         int64 `xorm:"not null pk autoincr BIGINT(20) id"`
	UniqidType int   `xorm:"not null default 0 INT(11) uniqid_type"`
}

// TableName uniqid table name
func (Uniqid) TableName() string {
	return "uniqid"
}
