package types

import (
	"example.com/heldout/tinode/pkg/snowflake"
)

// UidGenerator holds snowflake and encryption paramenets.
// Trimmed: upstream also XTEA-encrypts the id (server/store/types/uidgen.go).
type UidGenerator struct {
	seq *snowflake.SnowFlake
}

// Init initialises the Uid generator.
func (ug *UidGenerator) Init(workerID uint, key []byte) error {
	var err error
	if ug.seq == nil {
		ug.seq, err = snowflake.NewSnowFlake(uint32(workerID))
	}
	return err
}

// Get generates a unique weakly-encryped random-looking ID.
func (ug *UidGenerator) Get() Uid {
	buf, err := ug.seq.Next()
	if err != nil {
		panic("failed to generate uid: " + err.Error())
	}
	return Uid(buf)
}

// DecodeUid takes encrypted Uid and decrypts it into a non-negative int64.
func (ug *UidGenerator) DecodeUid(uid Uid) int64 {
	return int64(uid)
}

// EncodeInt64 takes a positive int64 and encrypts it into a Uid.
func (ug *UidGenerator) EncodeInt64(val int64) Uid {
	return Uid(val)
}
