package main

import (
	"github.com/pkg/errors"

	"example.com/heldout/statpingng/handlers"
	"example.com/heldout/statpingng/notifiers"
	"example.com/heldout/statpingng/types/configs"
	"example.com/heldout/statpingng/types/core"
	"example.com/heldout/statpingng/types/services"
	"example.com/heldout/statpingng/utils"
)

var (
	// VERSION stores the current version of Statping
	VERSION string = "dev"
	// COMMIT stores the git commit hash for this version of Statping
	COMMIT     string
	log        = utils.Log.WithField("type", "cmd")
	confgs     *configs.DbConfig
	configFile = utils.Directory + "/config.yml"
)

func init() {
	core.New(VERSION, COMMIT)
	utils.InitEnvs()
	utils.Params.Set("VERSION", VERSION)
	utils.Params.Set("COMMIT", COMMIT)
}

// exit will return an error and return an exit code 1 due to this error
func exit(err error) {
	log.Fatalln(err)
}

// main will run the Statping application (upstream: go Execute(), cobra root
// command -> start).
func main() {
	start()
}

// start: the start-up sequence (cmd/main.go:73).
func start() {
	var err error

	confgs, err = configs.LoadConfigs(configFile)
	if err != nil {
		log.Infoln("Starting in Setup Mode")
		if err = handlers.RunHTTPServer(); err != nil {
			exit(err)
		}
	}

	if err = configs.ConnectConfigs(confgs, true); err != nil {
		exit(err)
	}

	if err = confgs.ResetCore(); err != nil {
		exit(err)
	}

	if err = confgs.DatabaseChanges(); err != nil {
		exit(err)
	}

	if err := confgs.MigrateDatabase(); err != nil {
		exit(err)
	}

	if err := mainProcess(); err != nil {
		exit(err)
	}
}

// mainProcess will initialize the Statping application and run the HTTP server
func mainProcess() error {
	if err := InitApp(); err != nil {
		return err
	}

	services.LoadServicesYaml()

	if err := handlers.RunHTTPServer(); err != nil {
		log.Fatalln(err)
		return errors.Wrap(err, "http server")
	}
	return nil
}

// InitApp will start the Statping instance with a valid database connection
// This function will gather all services in database, add/init Notifiers,
// and start the database cleanup routine
func InitApp() error {
	// fetch Core row information about this instance.
	if _, err := core.Select(); err != nil {
		return err
	}
	// connect each notifier, added them into database if needed
	notifiers.InitNotifiers()
	// select all services in database and store services in a mapping of Service pointers
	if _, err := services.SelectAllServices(true); err != nil {
		return err
	}
	// start routines for each service checking process
	services.CheckServices()
	core.App.Setup = true
	core.App.Started = utils.Now()
	return nil
}
