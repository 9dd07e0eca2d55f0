// Package endpoint reduces upstream config/endpoint to the types the storage and watchdog use.
package endpoint

import (
	"time"

	"example.com/heldout/gatus/alerting/alert"
	"example.com/heldout/gatus/config/key"
	"example.com/heldout/gatus/config/maintenance"
)

// Endpoint is the configuration of a service to be monitored (upstream config/endpoint/endpoint.go)
type Endpoint struct {
	Enabled                 *bool
	Name                    string
	Group                   string
	Interval                time.Duration
	Alerts                  []*alert.Alert
	MaintenanceWindows      []*maintenance.Config
	NumberOfFailuresInARow  int
	NumberOfSuccessesInARow int
	LastReminderSent        time.Time
}

// IsEnabled returns whether the endpoint is enabled or not
func (e *Endpoint) IsEnabled() bool {
	if e.Enabled == nil {
		return true
	}
	return *e.Enabled
}

// Key returns the unique key for the Endpoint (upstream config/endpoint/endpoint.go:275)
func (e *Endpoint) Key() string {
	return key.ConvertGroupAndNameToKey(e.Group, e.Name)
}

// EvaluateHealth sends a request to the endpoint and evaluates its conditions
// (upstream config/endpoint/endpoint.go; reduced: no request is made here).
func (e *Endpoint) EvaluateHealth() *Result {
	return &Result{Name: e.Name, Timestamp: time.Now(), Success: true}
}

// Close closes the endpoint's HTTP connections (reduced to a no-op).
func (e *Endpoint) Close() {}

// ConditionResult result of a Condition (upstream config/endpoint/condition_result.go)
type ConditionResult struct {
	Condition string
	Success   bool
}

// Result of the evaluation of an Endpoint (upstream config/endpoint/result.go)
type Result struct {
	Name                  string
	HTTPStatus            int
	DNSRCode              string
	Hostname              string
	IP                    string
	Connected             bool
	Duration              time.Duration
	Errors                []string
	ConditionResults      []*ConditionResult
	Success               bool
	Timestamp             time.Time
	CertificateExpiration time.Duration
	DomainExpiration      time.Duration
	Body                  []byte
}

// AddError adds an error to the result's list of errors.
func (r *Result) AddError(err string) {
	r.Errors = append(r.Errors, err)
}

// Status contains the evaluation Results of an Endpoint (upstream config/endpoint/status.go)
type Status struct {
	Name    string
	Group   string
	Key     string
	Results []*Result
	Events  []*Event
}

// NewStatus creates a new Status
func NewStatus(group, name string) *Status {
	return &Status{
		Name:    name,
		Group:   group,
		Key:     key.ConvertGroupAndNameToKey(group, name),
		Results: make([]*Result, 0),
		Events:  make([]*Event, 0),
	}
}
