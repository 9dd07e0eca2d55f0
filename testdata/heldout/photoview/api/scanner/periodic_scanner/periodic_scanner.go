// Package periodic_scanner is api/scanner/periodic_scanner/periodic_scanner.go
// (reduced): a ticker goroutine that calls AddAllToQueue, concurrently with the
// scanAll / scanUser GraphQL mutations.
package periodic_scanner

import (
	"log"
	"sync"
	"time"

	"example.com/heldout/photoview/api/scanner/scanner_queue"
)

// ScannerQueue is api/scanner/periodic_scanner/periodic_scanner.go:14.
type ScannerQueue interface {
	AddAllToQueue() error
}

// RealScannerQueue is api/scanner/periodic_scanner/periodic_scanner.go:18.
type RealScannerQueue struct{}

// AddAllToQueue is api/scanner/periodic_scanner/periodic_scanner.go:20.
func (r *RealScannerQueue) AddAllToQueue() error {
	return scanner_queue.AddAllToQueue()
}

type periodicScanner struct {
	ticker         *time.Ticker
	tickerLocker   sync.Mutex
	ticker_changed chan bool
	done           chan struct{}
	scannerQueue   ScannerQueue
}

// scanIntervalRunner is api/scanner/periodic_scanner/periodic_scanner.go:144.
func (ps *periodicScanner) scanIntervalRunner() {
	for {
		ps.tickerLocker.Lock()
		ticker := ps.ticker
		ps.tickerLocker.Unlock()

		if ticker != nil {
			select {
			case <-ps.done:
				return
			case <-ps.ticker_changed:
			case <-ticker.C:
				if err := ps.scannerQueue.AddAllToQueue(); err != nil {
					log.Printf("Scan interval runner: Failed to add all users to queue: %s", err)
				}
			}
		} else {
			select {
			case <-ps.done:
				return
			case <-ps.ticker_changed:
			}
		}
	}
}

// InitializePeriodicScanner is api/scanner/periodic_scanner/periodic_scanner.go:87 (reduced).
func InitializePeriodicScanner(interval time.Duration) {
	ps := &periodicScanner{
		ticker_changed: make(chan bool),
		done:           make(chan struct{}),
		scannerQueue:   &RealScannerQueue{},
	}
	if interval > 0 {
		ps.ticker = time.NewTicker(interval)
	}
	go ps.scanIntervalRunner()
}
