package server

import (
	"context"
	"errors"
	"net/http"

	"example.com/heldout/evcc/third_party/github.com/gorilla/mux"
	"example.com/heldout/evcc/util/config"
	"example.com/heldout/evcc/util/templates"
)

// customDevice stands for config.CustomDevice (splits type and other).
func customDevice(typ string, other map[string]any) (string, map[string]any, error) {
	return typ, other, nil
}

func newDevice[T any](ctx context.Context, class templates.Class, req configReq, newFromConf newFromConfFunc[T], h config.Handler[T], force bool) (*config.Config, error) {
	typ, other, err := customDevice(req.Type, req.Other)
	if err != nil && !force {
		return nil, err
	}

	instance, err := newFromConf(ctx, typ, other)
	if err != nil && !force {
		return nil, err
	}

	conf, err := config.AddConfig(class, req.Serialise(), config.WithProperties(req.Properties))
	if err != nil {
		return nil, err
	}

	return &conf, h.Add(config.NewConfigurableDevice(&conf, instance))
}

// newHemsFactory adapts hems.NewFromConfig to the generic newFromConfFunc signature.
func newHemsFactory() newFromConfFunc[config.HemsAPI] {
	return func(ctx context.Context, typ string, other map[string]any) (config.HemsAPI, error) {
		// upstream: hems.NewFromConfig(ctx, typ, other, site) - connects to the
		// device (EEBus, relay, ...) and may take seconds
		return nil, nil
	}
}

// newDeviceHandler creates a new device by class
// (POST /api/config/devices/{class}, server/http.go:335)
func newDeviceHandler() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		vars := mux.Vars(r)

		class, err := templates.ClassString(vars["class"])
		if err != nil {
			jsonError(w, http.StatusBadRequest, err)
			return
		}

		req, err := decodeDeviceConfig(r.Body)
		if err != nil {
			jsonError(w, http.StatusBadRequest, err)
			return
		}

		var conf *config.Config
		ctx, cancel, done := startDeviceTimeout()

		force := r.URL.Query().Get("force") == "true"

		switch class {
		case templates.Hems:
			if existing, _ := config.ConfigurationByClass(templates.Hems); existing != nil { // race; no unique key: configs has only `ID int gorm:"primarykey"` (util/config/config.go:19); class is a plain column with no index, and handler.Add only rejects a duplicate "db:<id>" name
				err = errors.New("hems already configured")
			} else {
				conf, err = newDevice(ctx, class, req, newHemsFactory(), config.Hems(), force)
			}
		}

		if err != nil {
			cancel()
			jsonError(w, http.StatusBadRequest, err)
			return
		}

		// prevent context from being cancelled
		close(done)

		setConfigDirty()

		res := struct {
			ID   int    `json:"id"`
			Name string `json:"name"`
		}{
			ID:   conf.ID,
			Name: config.NameForID(conf.ID),
		}

		jsonWrite(w, res)
	}
}
