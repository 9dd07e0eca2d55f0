package model

import "time"

type JsonTime struct {
	time.Time
}
