package handlers

import (
	"errors"
	"net/http"
	"strconv"

	"example.com/heldout/statpingng/notifiers"
	"example.com/heldout/statpingng/types/configs"
	"example.com/heldout/statpingng/types/core"
	"example.com/heldout/statpingng/types/null"
	"example.com/heldout/statpingng/types/services"
	"example.com/heldout/statpingng/utils"
)

// processSetupHandler serves POST /api/setup. Its only guard is core.App.Setup,
// a plain process-wide bool set at the very end (below), so two concurrent
// setup requests both get through and both run notifiers.InitNotifiers.
func processSetupHandler(w http.ResponseWriter, r *http.Request) {
	var err error
	if core.App.Setup {
		sendErrorJson(errors.New("Statping has already been setup"), w, r)
		return
	}

	confgs, err := configs.LoadConfigForm(r)
	if err != nil {
		log.Errorln(err)
		sendErrorJson(err, w, r)
		return
	}

	project := r.PostForm.Get("project")
	description := r.PostForm.Get("description")
	domain := r.PostForm.Get("domain")
	sendReports, _ := strconv.ParseBool(r.PostForm.Get("send_reports"))

	if err = configs.ConnectConfigs(confgs, false); err != nil {
		log.Errorln(err)
		sendErrorJson(err, w, r)
		return
	}

	if err := confgs.Save(utils.Directory); err != nil {
		log.Errorln(err)
		sendErrorJson(err, w, r)
		return
	}

	exists := confgs.Db.HasTable("core")
	if !exists {
		if err := confgs.DropDatabase(); err != nil {
			sendErrorJson(err, w, r)
			return
		}

		if err := confgs.CreateDatabase(); err != nil {
			sendErrorJson(err, w, r)
			return
		}

		if err := configs.CreateAdminUser(); err != nil {
			sendErrorJson(err, w, r)
			return
		}

		if err := configs.TriggerSamples(); err != nil {
			sendErrorJson(err, w, r)
			return
		}
	}

	if err = confgs.MigrateDatabase(); err != nil {
		sendErrorJson(err, w, r)
		return
	}

	log.Infoln("Migrating Notifiers...")
	notifiers.InitNotifiers()

	c := &core.Core{
		Name:         project,
		Description:  description,
		ApiSecret:    utils.Params.GetString("API_SECRET"),
		Domain:       domain,
		Version:      core.App.Version,
		Started:      utils.Now(),
		CreatedAt:    utils.Now(),
		UseCdn:       null.NewNullBool(false),
		Footer:       null.NewNullString(""),
		Language:     confgs.Language,
		AllowReports: null.NewNullBool(sendReports),
	}

	log.Infoln("Creating new Core")
	if err := c.Create(); err != nil {
		log.Errorln(err)
		sendErrorJson(err, w, r)
		return
	}

	core.App = c

	log.Infoln("Initializing new Statping instance")

	if _, err := services.SelectAllServices(true); err != nil {
		log.Errorln(err)
		sendErrorJson(err, w, r)
		return
	}

	services.CheckServices()

	core.App.Setup = true

	out := struct {
		Message string            `json:"message"`
		Config  *configs.DbConfig `json:"config"`
	}{
		"success",
		confgs,
	}
	returnJson(out, w, r)
}
