package incidents

import (
	"example.com/heldout/statpingng/database"
	"example.com/heldout/statpingng/types/errors"
)

var (
	db       database.Database
	dbUpdate database.Database
)

func SetDB(database database.Database) {
	db = database.Model(&Incident{})
	dbUpdate = database.Model(&IncidentUpdate{})
}

func (i *Incident) Validate() error {
	if i.Title == "" {
		return errors.New("missing title")
	}
	return nil
}

func (i *Incident) BeforeCreate() error {
	return i.Validate()
}

func (i *Incident) AfterFind() {
	db.Model(i).Related(&i.Updates).Order("id DESC")
}

func (i *IncidentUpdate) Validate() error {
	if i.Message == "" {
		return errors.New("missing incident update title")
	}
	return nil
}

func (i *IncidentUpdate) BeforeCreate() error {
	return i.Validate()
}

func FindUpdate(uid int64) (*IncidentUpdate, error) {
	var update IncidentUpdate
	q := dbUpdate.Where("id = ?", uid).Find(&update)
	return &update, q.Error()
}

func Find(id int64) (*Incident, error) {
	var incident Incident
	q := db.Where("id = ?", id).Find(&incident)
	return &incident, q.Error()
}

func FindByService(id int64) []*Incident {
	var incidents []*Incident
	db.Where("service = ?", id).Find(&incidents)
	return incidents
}

func (i *Incident) Create() error {
	return db.Create(i).Error()
}

func (i *Incident) Update() error {
	return db.Update(i).Error()
}
