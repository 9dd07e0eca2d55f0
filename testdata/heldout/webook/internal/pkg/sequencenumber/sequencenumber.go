// Package sequencenumber reproduces webook's internal/pkg/sequencenumber
// (generator.go), used for order SNs, payment SNs, redemption codes and
// invitation codes: every call yields a fresh value (timestamp + uid suffix +
// random shortuuid).
package sequencenumber

import (
	"fmt"
	"time"

	"example.com/heldout/webook/pkg/shortuuid"
)

type TimestampGenerateFunc func(time.Time) int64

type ShortUUIDGenerateFunc func() string

type Generator struct {
	timestampGenFunc TimestampGenerateFunc
	shortUUIDGenFunc ShortUUIDGenerateFunc
}

func NewGeneratorWith(timestampGen TimestampGenerateFunc, uuidGen ShortUUIDGenerateFunc) *Generator {
	return &Generator{
		timestampGenFunc: timestampGen,
		shortUUIDGenFunc: uuidGen,
	}
}

func NewGenerator() *Generator {
	return NewGeneratorWith(func(t time.Time) int64 { return t.UnixMilli() }, func() string { return shortuuid.New() })
}

func (s *Generator) Generate(id int64) (string, error) {
	timestamp := s.timestampGenFunc(time.Now())
	lastFour := fmt.Sprintf("%04d", id%10000)
	uuid := s.shortUUIDGenFunc()
	// timestamp 的16进制编码 + 用户后四位 + (uuid 凑够位数) == 32 位
	return fmt.Sprintf("%d%s%s", timestamp, lastFour, uuid)[:32], nil
}
