// Package timeutil is trimmed from code.gitea.io/gitea/modules/timeutil.
package timeutil

import "time"

// TimeStamp defines a timestamp
type TimeStamp int64

// TimeStampNow returns now int64
func TimeStampNow() TimeStamp {
	return TimeStamp(time.Now().Unix())
}
