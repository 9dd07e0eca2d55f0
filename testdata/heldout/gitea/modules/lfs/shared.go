// Package lfs is trimmed from code.gitea.io/gitea/modules/lfs.
package lfs

// Pointer contains LFS pointer data
// (modules/lfs/shared.go:32-35 @0d9c384d24806e8e9187dd4b391f55a582b72016)
type Pointer struct {
	Oid  string `json:"oid" xorm:"UNIQUE(s) INDEX NOT NULL"`
	Size int64  `json:"size" xorm:"NOT NULL"`
}
