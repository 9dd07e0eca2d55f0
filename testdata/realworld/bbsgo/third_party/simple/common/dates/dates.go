// Package dates reproduces mlogclub/simple 5b105541b814 common/dates.
package dates

import (
	"strconv"
	"time"
)

// NowTimestamp is common/dates/dates.go:26.
func NowTimestamp() int64 {
	return Timestamp(time.Now())
}

// Timestamp is common/dates/dates.go:31: 毫秒时间戳
func Timestamp(t time.Time) int64 {
	return t.UnixNano() / 1e6
}

// GetDay is common/dates/dates.go:51.
func GetDay(time time.Time) int {
	ret, _ := strconv.Atoi(time.Format("20060102"))
	return ret
}
