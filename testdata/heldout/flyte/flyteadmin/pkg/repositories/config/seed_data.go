package config

import (
	"gorm.io/gorm"

	"example.com/heldout/flyte/flyteadmin/pkg/repositories/models"
)

type SeedProject struct {
	Name        string `json:"name" pflag:",Name of flyte project to create"`
	Description string `json:"description" pflag:",Description of flyte project to create"`
}

// Returns a function to seed the database with default values.
// (seed_data.go:59; called by `flyteadmin migrate seed-projects`,
// flyteadmin/cmd/entrypoints/migrate.go:39-46, and by the single binary's
// start, cmd/single/start.go:81, through server.SeedProjects,
// flyteadmin/pkg/server/initialize.go:70)
func SeedProjects(db *gorm.DB, projects []SeedProject) error {
	tx := db.Begin()
	for _, project := range projects {
		projectModel := models.Project{
			Identifier:  project.Name,
			Name:        project.Name,
			Description: project.Description,
		}
		// FirstOrCreate inside a default (READ COMMITTED) transaction: nothing serializes two
		// seeders (several flyteadmin replicas / init containers starting at once); both miss and
		// both INSERT, the second waits on and then violates the projects PRIMARY KEY (identifier),
		// and the whole seeding transaction rolls back with an error.
		if err := tx.Where(models.Project{Identifier: project.Name}).Omit("id").FirstOrCreate(&projectModel).Error; err != nil { // race
			tx.Rollback()
			return err
		}
	}
	return tx.Commit().Error
}
