package util

import "example.com/heldout/ginadmin/third_party/xid"

// NewXID reproduces pkg/util/id.go: a fresh unique id for every new row.
func NewXID() string {
	return xid.New().String()
}
