package configs

import (
	"fmt"

	"github.com/pkg/errors"

	"example.com/heldout/statpingng/types/checkins"
	"example.com/heldout/statpingng/types/core"
	"example.com/heldout/statpingng/types/incidents"
	"example.com/heldout/statpingng/types/notifications"
	"example.com/heldout/statpingng/types/services"
	"example.com/heldout/statpingng/types/users"
	"example.com/heldout/statpingng/utils"
)

// ResetCore runs once, from cmd start() (before the HTTP server) or from the
// interactive `statping import` command. On an empty database the Count below
// is skipped (no services table); it only runs when services exist without a
// core table (an old schema).
func (d *DbConfig) ResetCore() error {
	if d.Db.HasTable("core") {
		return nil
	}
	var srvs int64
	if d.Db.HasTable(&services.Service{}) {
		d.Db.Model(&services.Service{}).Count(&srvs) // safe: single-writer start-up path; the inserts (admin user, core row) only follow this process's own CREATE TABLE core (plain CREATE TABLE, core never dropped by DropDatabase), so one initializer per database reaches them
		if srvs > 0 {
			return errors.New("there are already services setup.")
		}
	}
	if err := d.DropDatabase(); err != nil {
		return errors.Wrap(err, "error dropping database")
	}
	if err := d.CreateDatabase(); err != nil {
		return errors.Wrap(err, "error creating database")
	}
	if err := CreateAdminUser(); err != nil {
		return errors.Wrap(err, "error creating default admin user")
	}
	if utils.Params.GetBool("SAMPLE_DATA") {
		log.Infoln("Adding Sample Data")
		if err := TriggerSamples(); err != nil {
			return errors.Wrap(err, "error adding sample data")
		}
	} else {
		if err := core.Samples(); err != nil {
			return errors.Wrap(err, "error added core details")
		}
	}
	return nil
}

func (d *DbConfig) DatabaseChanges() error {
	var cr core.Core
	d.Db.Model(&core.Core{}).Find(&cr) // safe: start-up version check (cmd start, once per process) guarding a schema/data migration; the INSERT ... SELECT copies existing rows with their ids, it does not create a row for a missing key

	if latestMigration > cr.MigrationId {
		log.Infof("Statping database is out of date, migrating to: %d", latestMigration)

		switch d.Db.DbType() {
		case "mysql":
			if err := d.genericMigration("MODIFY", false); err != nil {
				return err
			}
		case "postgres":
			if err := d.genericMigration("ALTER", true); err != nil {
				return err
			}
		default:
			if err := d.sqliteMigration(); err != nil {
				return err
			}
		}

		if err := d.Db.Exec(fmt.Sprintf("UPDATE core SET migration_id = %d", latestMigration)).Error(); err != nil {
			return err
		}
	}
	return nil
}

// MigrateDatabase will migrate the database structure to current version.
// This function will NOT remove previous records, tables or columns from the database.
// If this function has an issue, it will ROLLBACK to the previous state.
func (d *DbConfig) MigrateDatabase() error {
	var DbModels = []interface{}{&services.Service{}, &users.User{}, &checkins.Checkin{}, &checkins.CheckinHit{}, &notifications.Notification{}, &incidents.Incident{}, &incidents.IncidentUpdate{}}

	log.Infoln("Migrating Database Tables...")
	tx := d.Db.Begin()
	defer func() {
		if r := recover(); r != nil {
			tx.Rollback()
		}
	}()
	for _, table := range DbModels {
		tx = tx.AutoMigrate(table)
		if tx.Error() != nil {
			log.Errorln(tx.Error())
			return tx.Error()
		}
	}

	if err := tx.Table("core").AutoMigrate(&core.Core{}); err.Error() != nil {
		tx.Rollback()
		log.Errorln(fmt.Sprintf("Statping Database could not be migrated: %v", tx.Error()))
		return tx.Error()
	}

	if err := tx.Commit().Error(); err != nil {
		return err
	}

	d.Db.Table("core").Model(&core.Core{}).Update("version", utils.Params.GetString("VERSION"))

	log.Infoln("Statping Database Tables Migrated")
	return nil
}
