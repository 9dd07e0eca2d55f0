package handlers

import (
	"net"
	"net/http"

	"example.com/heldout/statpingng/pkg/mux"
	"example.com/heldout/statpingng/types/checkins"
	"example.com/heldout/statpingng/types/errors"
	"example.com/heldout/statpingng/types/services"
	"example.com/heldout/statpingng/utils"
)

func findCheckin(r *http.Request) (*checkins.Checkin, string, error) {
	vars := mux.Vars(r)
	id := vars["api"]
	if id == "" {
		return nil, "", errors.IDMissing
	}
	checkin, err := checkins.FindByAPI(id)
	if err != nil {
		return nil, id, errors.Missing(checkins.Checkin{}, id)
	}
	return checkin, id, nil
}

func checkinCreateHandler(w http.ResponseWriter, r *http.Request) {
	var checkin *checkins.Checkin
	if err := DecodeJSON(r, &checkin); err != nil {
		sendErrorJson(err, w, r)
		return
	}
	service, err := services.Find(checkin.ServiceId) // safe: lookup of the parent service only; the new checkin gets a fresh id and a random api_key (checkins.Checkin.Create), nothing is created for a missing key
	if err != nil {
		sendErrorJson(err, w, r)
		return
	}
	checkin.ServiceId = service.Id
	if err := checkin.Create(); err != nil {
		sendErrorJson(err, w, r)
		return
	}
	sendJsonAction(checkin, "create", w, r)
}

func checkinHitHandler(w http.ResponseWriter, r *http.Request) {
	checkin, _, err := findCheckin(r)
	if err != nil {
		sendErrorJson(err, w, r)
		return
	}
	log.Infof("Checking %s was requested", checkin.Name)

	ip, _, _ := net.SplitHostPort(r.RemoteAddr)

	// LastHit never returns nil (it returns &hit even when Last finds nothing);
	// the branch only starts the in-memory routine.
	if last := checkin.LastHit(); last == nil { // safe: the not-found branch starts a goroutine, it inserts nothing; every request then logs one checkin_hits row with a fresh id (an event, not a keyed row)
		checkin.Start()
	}

	hit := &checkins.CheckinHit{
		Checkin:   checkin.Id,
		From:      ip,
		CreatedAt: utils.Now(),
	}

	if err := hit.Create(); err != nil {
		sendErrorJson(err, w, r)
		return
	}
	checkin.Failing = false
	checkin.LastHitTime = utils.Now()

	sendJsonAction(hit.Id, "update", w, r)
}
