// A create helper that builds its row and inserts it with Save (digger's
// CreateProject): GORM's Save of a row with no primary key inserts it,
// as Create does, so the helper is a create and its callers'
// lookup-then-create a race, fixed across the layers. A helper whose row
// sets the primary key (Save then updates that row) is no create. A
// getter that tests the query's result (result.Error) says not-found with
// (nil, nil) as one that tests an error variable does.
package save_fresh_row

import (
	"errors"
	"log/slog"

	"gorm.io/gorm"
)

type Project struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
	Dir  string
}

type Database struct{ GormDB *gorm.DB }

func (db *Database) GetProjectByName(name string) (*Project, error) {
	var p Project
	err := db.GormDB.Where("name = ?", name).First(&p).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &p, nil
}

func (db *Database) CreateProject(name, dir string) (*Project, error) {
	project := &Project{Name: name, Dir: dir}
	result := db.GormDB.Save(project)
	if result.Error != nil {
		slog.Error("failed to create project", "name", name, "error", result.Error)
		return nil, result.Error
	}
	return project, nil
}

func (db *Database) PutProject(id uint, name, dir string) (*Project, error) {
	project := &Project{ID: id, Name: name, Dir: dir}
	if err := db.GormDB.Save(project).Error; err != nil {
		return nil, err
	}
	return project, nil
}

// EnsureProject: fixed (projects.name is unique).
func (db *Database) EnsureProject(name, dir string) (*Project, error) {
	p, err := db.GetProjectByName(name)
	if err != nil {
		return nil, err
	}
	if p == nil {
		return db.CreateProject(name, dir)
	}
	return p, nil
}

// EnsureProjectID: not reported, PutProject's Save updates the row of id.
func (db *Database) EnsureProjectID(id uint, name, dir string) (*Project, error) {
	p, err := db.GetProjectByName(name)
	if err != nil {
		return nil, err
	}
	if p == nil {
		return db.PutProject(id, name, dir)
	}
	return p, nil
}

type Organisation struct {
	ID         uint
	ExternalID string `gorm:"uniqueIndex"`
	Name       string
}

// GetOrganisation answers (nil, nil) when no row matched, testing the
// query's result (result.Error) rather than an error variable.
func (db *Database) GetOrganisation(externalID string) (*Organisation, error) {
	org := &Organisation{}
	result := db.GormDB.Take(org, "external_id = ?", externalID)
	if result.Error != nil {
		if errors.Is(result.Error, gorm.ErrRecordNotFound) {
			return nil, nil
		} else {
			return nil, result.Error
		}
	}
	return org, nil
}

func (db *Database) CreateOrganisation(name, externalID string) (*Organisation, error) {
	org := &Organisation{Name: name, ExternalID: externalID}
	result := db.GormDB.Save(org)
	if result.Error != nil {
		return nil, result.Error
	}
	return org, nil
}

// UpsertOrg: fixed (organisations.external_id is unique).
func (db *Database) UpsertOrg(name, externalID string) (*Organisation, error) {
	org, err := db.GetOrganisation(externalID)
	if err != nil {
		return nil, err
	}
	if org == nil {
		org, err = db.CreateOrganisation(name, externalID)
		if err != nil {
			return nil, err
		}
	}
	return org, nil
}
