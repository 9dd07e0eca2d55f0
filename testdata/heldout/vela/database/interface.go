// Package database reproduces go-vela/server's database/ package: the
// Interface that the API handlers get from the gin context
// (database.FromContext(c)), composed of one GORM engine per resource.
package database

import (
	"example.com/heldout/vela/database/build"
	"example.com/heldout/vela/database/dashboard"
	"example.com/heldout/vela/database/deployment"
	"example.com/heldout/vela/database/hook"
	"example.com/heldout/vela/database/jwk"
	"example.com/heldout/vela/database/pipeline"
	"example.com/heldout/vela/database/repo"
	"example.com/heldout/vela/database/schedule"
	"example.com/heldout/vela/database/secret"
	"example.com/heldout/vela/database/settings"
	"example.com/heldout/vela/database/user"
)

// Interface represents the interface for integrating with the supported
// database providers (database/interface.go, trimmed to the resources the
// reproduced paths use).
type Interface interface {
	// Driver defines a function that outputs the configured database driver.
	Driver() string

	settings.SettingsInterface
	build.BuildInterface
	dashboard.DashboardInterface
	deployment.DeploymentInterface
	hook.HookInterface
	jwk.JWKInterface
	pipeline.PipelineInterface
	repo.RepoInterface
	schedule.ScheduleInterface
	secret.SecretInterface
	user.UserInterface
}
