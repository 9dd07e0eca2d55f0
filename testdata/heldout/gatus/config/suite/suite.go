// Package suite reduces upstream config/suite to the types the storage and watchdog use.
package suite

import (
	"time"

	"example.com/heldout/gatus/config/endpoint"
	"example.com/heldout/gatus/config/key"
)

// Suite is a collection of endpoints executed in order (upstream config/suite/suite.go)
type Suite struct {
	Name      string
	Group     string
	Enabled   *bool
	Interval  time.Duration
	Endpoints []*endpoint.Endpoint
}

// IsEnabled returns whether the suite is enabled
func (s *Suite) IsEnabled() bool {
	if s.Enabled == nil {
		return true
	}
	return *s.Enabled
}

// Key returns the unique key for the suite (upstream config/suite/suite.go:69)
func (s *Suite) Key() string {
	return key.ConvertGroupAndNameToKey(s.Group, s.Name)
}

// Execute executes all endpoints of the suite (upstream config/suite/suite.go; reduced).
func (s *Suite) Execute() *Result {
	result := &Result{Name: s.Name, Group: s.Group, Success: true, Timestamp: time.Now()}
	for _, ep := range s.Endpoints {
		epResult := ep.EvaluateHealth()
		result.EndpointResults = append(result.EndpointResults, epResult)
		result.Success = result.Success && epResult.Success
	}
	result.Duration = time.Since(result.Timestamp)
	return result
}

// Result represents the result of a suite execution (upstream config/suite/result.go:10)
type Result struct {
	Name            string
	Group           string
	Success         bool
	Timestamp       time.Time
	Duration        time.Duration
	EndpointResults []*endpoint.Result
	Errors          []string
}

// Status represents the status of a suite (upstream config/suite/suite_status.go)
type Status struct {
	Name    string
	Group   string
	Key     string
	Results []*Result
}
