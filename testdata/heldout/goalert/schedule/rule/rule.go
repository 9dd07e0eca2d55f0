// Package rule reproduces schedule/rule (the schedule_rules store).
package rule

import (
	"database/sql"
	"errors"

	"github.com/lib/pq"

	"example.com/heldout/goalert/assignment"
	"example.com/heldout/goalert/validation/validate"
)

// Rule reproduces schedule/rule/rule.go:14 (timeutil types replaced by
// their SQL representations).
type Rule struct {
	ID            string `json:"id"`
	ScheduleID    string `json:"schedule_id"`
	WeekdayFilter [7]bool
	Start         string `json:"start"`
	End           string `json:"end"`
	Target        assignment.Target
}

// NewAlwaysActive reproduces schedule/rule/rule.go:24.
func NewAlwaysActive(scheduleID string, tgt assignment.Target) *Rule {
	return &Rule{
		WeekdayFilter: [7]bool{true, true, true, true, true, true, true},
		ScheduleID:    scheduleID,
		Target:        tgt,
		Start:         "00:00",
		End:           "00:00",
	}
}

// Normalize reproduces schedule/rule/rule.go:32 (trimmed).
func (r Rule) Normalize() (*Rule, error) {
	err := validate.UUID("ScheduleID", r.ScheduleID)
	if err != nil {
		return nil, err
	}
	return &r, nil
}

var errNoKnownTarget = errors.New("rule had no known target set (user or rotation)")

type scanner interface {
	Scan(...interface{}) error
}

// scanFrom reproduces schedule/rule/rule.go:48.
func (r *Rule) scanFrom(s scanner) error {
	var wf []bool
	f := []interface{}{
		&r.ID,
		&r.ScheduleID,
		pq.Array(&wf),
		&r.Start,
		&r.End,
	}
	var usr, rot sql.NullString
	f = append(f, &usr, &rot)
	err := s.Scan(f...)
	if err != nil {
		return err
	}
	copy(r.WeekdayFilter[:], wf)

	switch {
	case usr.Valid:
		r.Target = assignment.UserTarget(usr.String)
	case rot.Valid:
		r.Target = assignment.RawTarget{Type: assignment.TargetTypeRotation, ID: rot.String}
	default:
		return errNoKnownTarget
	}
	return nil
}

// readFields reproduces schedule/rule/rule.go:74.
func (r Rule) readFields() []interface{} {
	f := []interface{}{
		r.ID,
		r.ScheduleID,
		pq.Array(r.WeekdayFilter[:]),
		r.Start,
		r.End,
	}
	var usr, rot sql.NullString
	switch r.Target.TargetType() {
	case assignment.TargetTypeUser:
		usr.Valid = true
		usr.String = r.Target.TargetID()
	case assignment.TargetTypeRotation:
		rot.Valid = true
		rot.String = r.Target.TargetID()
	}
	return append(f, usr, rot)
}
