// Package serverstats reproduces upstream internal/logging/serverstats/ServerStats.go, trimmed
// of the CPU / memory / disk probes (gopsutil).
package serverstats

import (
	"sync"
	"time"

	"example.com/heldout/gokapi/internal/configuration/database"
)

const trafficSaveInterval = 5 * time.Minute

var startTime time.Time
var currentTraffic trafficInfo

type trafficInfo struct {
	Total          uint64
	Mutex          sync.RWMutex
	LastUpdate     time.Time
	RecordingSince int64
}

// Init initializes the server stats (upstream :30; called once by main, cmd/gokapi/Main.go:72)
func Init() {
	startTime = time.Now()
	currentTraffic = trafficInfo{LastUpdate: startTime, RecordingSince: getInitTrafficSince()}
	AddTraffic(database.GetStatTraffic())
}

// getInitTrafficSince reproduces upstream ServerStats.go:37 (lookup :38, create :41).
func getInitTrafficSince() int64 {
	since, ok := database.GetTrafficSince() // safe: the write is an atomic upsert, sqlite INSERT INTO Statistics (type, value) ... ON CONFLICT(type) DO UPDATE on "type" UNIQUE (Redis: SET of one key); and Init runs once at start-up before the webserver
	if !ok {
		since = time.Now().Unix()
		database.SaveTrafficSince(since)
	}
	return since
}

// Shutdown saves statistics to the database
func Shutdown() {
	saveTraffic()
}

func saveTraffic() {
	totalTraffic, _ := GetCurrentTraffic()
	database.SaveStatTraffic(totalTraffic)
}

// ClearTraffic resets the traffic counter
func ClearTraffic() {
	timeNow := time.Now().Unix()
	currentTraffic = trafficInfo{LastUpdate: time.Now(), RecordingSince: timeNow}
	database.SaveStatTraffic(0)
	database.SaveTrafficSince(timeNow)
}

// GetCurrentTraffic returns the current traffic in bytes and the time since the last recording
func GetCurrentTraffic() (uint64, int64) {
	currentTraffic.Mutex.RLock()
	defer currentTraffic.Mutex.RUnlock()
	return currentTraffic.Total, currentTraffic.RecordingSince
}

// AddTraffic adds traffic to the current traffic counter
func AddTraffic(bytes uint64) {
	currentTraffic.Mutex.Lock()
	currentTraffic.Total = currentTraffic.Total + bytes
	requireSave := time.Since(currentTraffic.LastUpdate) > trafficSaveInterval
	currentTraffic.LastUpdate = time.Now()
	currentTraffic.Mutex.Unlock()

	if requireSave {
		saveTraffic()
	}
}
