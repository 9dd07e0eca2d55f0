package checkins

import (
	"fmt"
	"time"
)

func (c *Checkin) Period() time.Duration {
	return time.Duration(c.Interval) * time.Minute
}

// Start will create a channel for the checkin checking go routine
func (c *Checkin) Start() {
	log.Infoln(fmt.Sprintf("Starting checkin routine: %s", c.Name))
	c.Running = make(chan bool)
	go c.checkinRoutine()
}

// Close will stop the checkin routine
func (c *Checkin) Close() {
	if c.Running != nil {
		close(c.Running)
	}
}

// checkinRoutine (routine.go) is trimmed: upstream it records a failures row
// (fresh id) whenever the last hit is older than the interval.
func (c *Checkin) checkinRoutine() {
	<-c.Running
}
