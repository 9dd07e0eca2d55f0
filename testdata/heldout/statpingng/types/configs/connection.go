package configs

import (
	"fmt"
	"time"

	"github.com/pkg/errors"

	"example.com/heldout/statpingng/database"
	"example.com/heldout/statpingng/types/checkins"
	"example.com/heldout/statpingng/types/core"
	"example.com/heldout/statpingng/types/incidents"
	"example.com/heldout/statpingng/types/notifications"
	"example.com/heldout/statpingng/types/null"
	"example.com/heldout/statpingng/types/services"
	"example.com/heldout/statpingng/types/users"
	"example.com/heldout/statpingng/utils"
)

// initModels sets the database for each Statping type packages
func initModels(db database.Database) {
	core.SetDB(db)
	services.SetDB(db)
	checkins.SetDB(db)
	notifications.SetDB(db)
	incidents.SetDB(db)
	users.SetDB(db)
}

// Connect will attempt to connect to the sqlite, postgres, or mysql database
func Connect(configs *DbConfig, retry bool) error {
	conn := configs.ConnectionString()

	dbSession, err := database.Openw(configs.DbConn, conn)
	if err != nil {
		log.Errorln(fmt.Sprintf("Database connection error %s", err))
		if retry {
			time.Sleep(5 * time.Second)
			return Connect(configs, retry)
		} else {
			return err
		}
	}

	configs.ApiSecret = utils.Params.GetString("API_SECRET")

	if utils.Params.GetBool("READ_ONLY") {
		log.Warnln("Running in READ ONLY MODE")
	}

	configs.Db = dbSession

	initModels(configs.Db)

	return err
}

// CreateAdminUser will create the default admin user "admin", "admin", or use the
// environment variables ADMIN_USER, ADMIN_PASSWORD, and ADMIN_EMAIL if set.
func CreateAdminUser() error {
	adminUser := utils.Params.GetString("ADMIN_USER")
	adminPass := utils.Params.GetString("ADMIN_PASSWORD")
	adminEmail := utils.Params.GetString("ADMIN_EMAIL")

	if adminUser == "" || adminPass == "" {
		adminUser = "admin"
		adminPass = "admin"
	}

	admin := &users.User{
		Username: adminUser,
		Password: adminPass,
		Email:    adminEmail,
		Scopes:   "admin",
		Admin:    null.NewNullBool(true),
	}

	if err := admin.Create(); err != nil {
		return errors.Wrap(err, "error creating admin")
	}

	return nil
}
