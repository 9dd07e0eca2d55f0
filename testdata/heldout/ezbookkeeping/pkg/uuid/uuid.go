// Package uuid is a reduced copy of github.com/mayswind/ezbookkeeping/pkg/uuid:
// the internal generator hands out unique int64 ids (type bits + time + sequence).
package uuid

import (
	"sync"
	"time"
)

// UuidType represents uuid type
type UuidType uint8

// Uuid types
const (
	UUID_TYPE_DEFAULT     UuidType = 0
	UUID_TYPE_USER        UuidType = 1
	UUID_TYPE_ACCOUNT     UuidType = 2
	UUID_TYPE_TRANSACTION UuidType = 3
	UUID_TYPE_CATEGORY    UuidType = 4
	UUID_TYPE_TAG         UuidType = 5
	UUID_TYPE_TAG_INDEX   UuidType = 6
	UUID_TYPE_TEMPLATE    UuidType = 8
	UUID_TYPE_TAG_GROUP   UuidType = 11
)

// UuidContainer contains the current uuid generator
type UuidContainer struct {
	mu  sync.Mutex
	seq int64
}

// Container contains the current uuid generator
var Container = &UuidContainer{}

// GenerateUuid returns a new uuid by the current uuid generator
func (u *UuidContainer) GenerateUuid(uuidType UuidType) int64 {
	return u.GenerateUuids(uuidType, 1)[0]
}

// GenerateUuids returns new uuids by the current uuid generator
func (u *UuidContainer) GenerateUuids(uuidType UuidType, count uint16) []int64 {
	u.mu.Lock()
	defer u.mu.Unlock()
	ids := make([]int64, count)
	for i := range ids {
		u.seq++
		ids[i] = (time.Now().Unix() << 23) | int64(uuidType)<<19 | (u.seq & 0x7ffff)
	}
	return ids
}
