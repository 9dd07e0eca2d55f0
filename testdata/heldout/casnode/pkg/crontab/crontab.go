// Package crontab is a minimal stand-in for github.com/mileusna/crontab, the
// scheduler behind casnode's cron jobs (object/cron.go). The real scheduler
// ticks once a minute and starts every due job in its own goroutine.
package crontab

// Crontab stands in for *crontab.Crontab.
type Crontab struct {
	jobs []job
}

type job struct {
	schedule string
	fn       interface{}
	args     []interface{}
}

// New stands in for crontab.New.
func New() *Crontab { return &Crontab{} }

// Clear stands in for (*Crontab).Clear.
func (c *Crontab) Clear() { c.jobs = nil }

// AddJob stands in for (*Crontab).AddJob; the real one runs fn(args...) in a
// new goroutine at every matching minute.
func (c *Crontab) AddJob(schedule string, fn interface{}, args ...interface{}) error {
	c.jobs = append(c.jobs, job{schedule: schedule, fn: fn, args: args})
	return nil
}
