package core

import (
	"time"

	"example.com/heldout/evcc/core/session"
)

// Loadpoint is trimmed to the session fields.
type Loadpoint struct {
	db      *session.DB
	session *session.Session
	title   string
}

func (lp *Loadpoint) chargeMeterTotal() float64 {
	return 0
}

// createSession creates a charging session. The created timestamp is empty until set by evChargeStartHandler.
// The session is not persisted yet. That will only happen when stopSession is called.
func (lp *Loadpoint) createSession() {
	// test guard
	if lp.db == nil || lp.session != nil { // safe: in-memory per-loadpoint field on the loadpoint's own update loop; Persist's Save with zero ID inserts a new row with a fresh autoincrement ID, no row is looked up by a key
		return
	}

	lp.session = lp.db.New(lp.chargeMeterTotal())
	lp.session.Vehicle = lp.title
}

// applyEnergyMetrics writes current energy metrics into the session and persists it.
func (lp *Loadpoint) applyEnergyMetrics(s *session.Session) {
	if meterStop := lp.chargeMeterTotal(); meterStop > 0 {
		s.MeterStop = &meterStop
	}

	lp.db.Persist(s)
}

// stopSession ends a charging session segment and persists the session.
func (lp *Loadpoint) stopSession() {
	s := lp.session

	// test guard
	if lp.db == nil || s == nil {
		return
	}

	// abort the session if charging has never started
	if s.Created.IsZero() {
		return
	}

	s.Finished = time.Now()

	lp.applyEnergyMetrics(s)
}

// clearSession clears the charging session without persisting it.
func (lp *Loadpoint) clearSession() {
	// test guard
	if lp.db == nil {
		return
	}

	lp.session = nil
}
