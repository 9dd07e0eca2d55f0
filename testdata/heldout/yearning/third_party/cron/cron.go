// Package cron reproduces cookieY/Yearning 6de5cbf9ab4f (minimal stand-in for github.com/robfig/cron/v3).
package cron

// Cron stands in for cron.Cron.
type Cron struct {
	jobs []func()
}

// New stands in for cron.New.
func New() *Cron { return &Cron{} }

// AddFunc stands in for cron.Cron.AddFunc.
func (c *Cron) AddFunc(spec string, cmd func()) (int, error) {
	c.jobs = append(c.jobs, cmd)
	return len(c.jobs), nil
}

// Start stands in for cron.Cron.Start.
func (c *Cron) Start() {}
