package handlers

import (
	"encoding/json"
	"fmt"
	"net/http"

	"example.com/heldout/statpingng/types/core"
	"example.com/heldout/statpingng/types/errors"
	"example.com/heldout/statpingng/types/notifications"
	"example.com/heldout/statpingng/types/services"
	"example.com/heldout/statpingng/types/users"
	"example.com/heldout/statpingng/utils"
)

var log = utils.Log.WithField("type", "handlers")

func sendErrorJson(err error, w http.ResponseWriter, r *http.Request) {
	errCode := 0
	e, ok := err.(errors.Error)
	if ok {
		errCode = e.Status()
	}
	log.WithField("url", r.URL.String()).
		WithField("method", r.Method).
		WithField("code", errCode).
		Errorln(fmt.Errorf("sending error response for %s: %s", r.URL.String(), err.Error()))

	returnJson(err, w, r)
}

func sendJsonAction(obj interface{}, method string, w http.ResponseWriter, r *http.Request) {
	var objName string
	var objId int64
	switch v := obj.(type) {
	case *services.Service:
		objName = "service"
		objId = v.Id
	case *notifications.Notification:
		objName = "notifier"
		objId = v.Id
	case *core.Core:
		objName = "core"
	case *users.User:
		objName = "user"
		objId = v.Id
	}
	returnJson(map[string]interface{}{"status": "success", "type": objName, "method": method, "id": objId, "output": obj}, w, r)
}

func returnJson(d interface{}, w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if e, ok := d.(errors.Error); ok {
		w.WriteHeader(e.Status())
		json.NewEncoder(w).Encode(e)
		return
	}
	if e, ok := d.(error); ok {
		w.WriteHeader(500)
		json.NewEncoder(w).Encode(errors.New(e.Error()))
		return
	}
	json.NewEncoder(w).Encode(d)
}

func DecodeJSON(r *http.Request, obj interface{}) error {
	decoder := json.NewDecoder(r.Body)
	err := decoder.Decode(&obj)
	if err != nil {
		return errors.DecodeJSON
	}
	return r.Body.Close()
}
