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
)

type SamplerFunc func() error

// TriggerSamples is trimmed to core.Samples (upstream also inserts sample
// services, messages, checkins, failures, groups, hits and incidents, all with
// fresh ids).
func TriggerSamples() error {
	return createSamples(
		core.Samples,
	)
}

func createSamples(sm ...SamplerFunc) error {
	for _, v := range sm {
		if err := v(); err != nil {
			return err
		}
	}
	return nil
}

// DropDatabase will DROP each table Statping created
// (upstream list also has hits, failures, messages, groups; "core" is not in it).
func (d *DbConfig) DropDatabase() error {
	var DbModels = []interface{}{&services.Service{}, &users.User{}, &checkins.Checkin{}, &checkins.CheckinHit{}, &notifications.Notification{}, &incidents.Incident{}, &incidents.IncidentUpdate{}}
	log.Infoln("Dropping Database Tables...")
	for _, t := range DbModels {
		if err := d.Db.DropTableIfExists(t); err != nil {
			return err.Error()
		}
		log.Infof("Dropped table: %T\n", t)
	}
	return nil
}

func (d *DbConfig) Close() {
	if d == nil {
		return
	}
	if d.Db != nil {
		d.Db.Close()
	}
}

// CreateDatabase will CREATE TABLES for each of the Statping elements.
// gorm v1 CreateTable issues a plain CREATE TABLE (no IF NOT EXISTS) built
// from the struct tags; this and AutoMigrate are the whole schema.
func (d *DbConfig) CreateDatabase() error {
	var err error

	var DbModels = []interface{}{&services.Service{}, &users.User{}, &checkins.Checkin{}, &checkins.CheckinHit{}, &notifications.Notification{}, &incidents.Incident{}, &incidents.IncidentUpdate{}}

	log.Infoln("Creating Database Tables...")
	for _, table := range DbModels {
		if err := d.Db.CreateTable(table); err.Error() != nil {
			return errors.Wrap(err.Error(), fmt.Sprintf("error creating '%T' table", table))
		}
	}
	if err := d.Db.Table("core").CreateTable(&core.Core{}); err.Error() != nil {
		return errors.Wrap(err.Error(), fmt.Sprintf("error creating 'core' table"))
	}
	log.Infoln("Statping Database Created")

	return err
}
