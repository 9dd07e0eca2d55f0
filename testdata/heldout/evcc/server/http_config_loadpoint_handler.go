package server

import (
	"encoding/json"
	"net/http"
	"strconv"

	"example.com/heldout/evcc/util"
	"example.com/heldout/evcc/util/config"
	"example.com/heldout/evcc/util/templates"
)

func loadpointSplitConfig(r interface{ Read([]byte) (int, error) }) (map[string]any, map[string]any, error) {
	var static map[string]any
	err := json.NewDecoder(r).Decode(&static)
	return nil, static, err
}

// newLoadpointHandler creates a new loadpoint
func newLoadpointHandler() http.HandlerFunc {
	h := config.Loadpoints()

	return func(w http.ResponseWriter, r *http.Request) {
		_, static, err := loadpointSplitConfig(r.Body)
		if err != nil {
			jsonError(w, http.StatusBadRequest, err)
			return
		}

		id := len(h.Devices()) // safe: the count only derives the "lp-N" log name; the row is inserted with a fresh autoincrement ID and registered as "db:<id>", no row is looked up by a key
		name := "lp-" + strconv.Itoa(id+1)
		log := util.NewLoggerWithLoadpoint(name, id+1)

		conf, err := config.AddConfig(templates.Loadpoint, static)
		if err != nil {
			jsonError(w, http.StatusBadRequest, err)
			return
		}

		log.DEBUG.Println("created", config.NameForID(conf.ID))

		var instance config.LoadpointAPI // upstream: core.NewLoadpointFromConfig(log, settings, nil, static)

		dev := config.NewConfigurableDevice[config.LoadpointAPI](&conf, instance)

		if err := h.Add(dev); err != nil {
			conf.Delete()
			jsonError(w, http.StatusBadRequest, err)
			return
		}

		setConfigDirty()

		jsonWrite(w, struct {
			ID int `json:"id"`
		}{ID: conf.ID})
	}
}
