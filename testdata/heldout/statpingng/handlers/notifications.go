package handlers

import (
	"net/http"

	"example.com/heldout/statpingng/pkg/mux"
	"example.com/heldout/statpingng/types/notifications"
	"example.com/heldout/statpingng/types/services"
)

func apiNotifierUpdateHandler(w http.ResponseWriter, r *http.Request) {
	vars := mux.Vars(r)
	notifer, err := notifications.Find(vars["notifier"]) // safe: the lookup only guards an update; a missing notifier is an error, nothing is inserted
	if err != nil {
		sendErrorJson(err, w, r)
		return
	}

	if err := DecodeJSON(r, &notifer); err != nil {
		sendErrorJson(err, w, r)
		return
	}

	log.Infof("Updating %s Notifier", notifer.Title)

	if err := notifer.Update(); err != nil {
		sendErrorJson(err, w, r)
		return
	}

	notif := services.ReturnNotifier(notifer.Method)
	if err := notif.Valid(notifer.Values()); err != nil {
		sendErrorJson(err, w, r)
		return
	}

	if _, err := notif.OnSave(); err != nil {
		sendErrorJson(err, w, r)
		return
	}

	sendJsonAction(vars["notifier"], "update", w, r)
}
