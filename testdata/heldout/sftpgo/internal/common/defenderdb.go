package common

import (
	"sync/atomic"
	"time"

	"example.com/heldout/sftpgo/internal/dataprovider"
	"example.com/heldout/sftpgo/internal/util"
)

// HostEvent is the enumerable for the supported host events
type HostEvent int

// DefenderConfig defines the "defender" configuration (trimmed)
type DefenderConfig struct {
	BanTime         int
	ObservationTime int
	Threshold       int
	ScoreValid      int
}

// defenderdb.go:26
type dbDefender struct {
	config      *DefenderConfig
	lastCleanup atomic.Int64
}

func (d *dbDefender) IsSafe(_, _ string) bool {
	return false
}

func (d *dbDefender) getScore(_ HostEvent) int {
	return d.config.ScoreValid
}

// defenderdb.go:93
// AddEvent adds an event for the given IP.
// This method must be called for clients not yet banned.
// Returns true if the IP is in the defender's safe list.
func (d *dbDefender) AddEvent(ip, protocol string, event HostEvent) bool {
	if d.IsSafe(ip, protocol) {
		return true
	}

	score := d.getScore(event)

	host, err := dataprovider.AddDefenderEvent(ip, score, d.getStartObservationTime())
	if err != nil {
		return false
	}
	if host.Score > d.config.Threshold {
		banTime := time.Now().Add(time.Duration(d.config.BanTime) * time.Minute)
		err = dataprovider.SetDefenderBanTime(ip, util.GetTimeAsMsSinceEpoch(banTime))
		_ = err
	}
	return false
}

func (d *dbDefender) getStartObservationTime() int64 {
	t := time.Now().Add(-time.Duration(d.config.ObservationTime) * time.Minute)
	return util.GetTimeAsMsSinceEpoch(t)
}
