// Package constants reproduces the constants of go-vela/server's constants/
// package used by the reproduced code (table.go, driver.go, event.go,
// action.go, secret.go, status.go, repo.go), same names and values.
package constants

// constants/table.go.
const (
	TableBuild               = "builds"
	TableDashboard           = "dashboards"
	TableDeployment          = "deployments"
	TableHook                = "hooks"
	TableJWK                 = "jwks"
	TableLog                 = "logs"
	TablePipeline            = "pipelines"
	TableRepo                = "repos"
	TableSchedule            = "schedules"
	TableSecret              = "secrets"
	TableSecretRepoAllowlist = "secret_repo_allowlists"
	TableUser                = "users"
)

// constants/driver.go.
const (
	DriverPostgres = "postgres"
	DriverSqlite   = "sqlite3"
)

// constants/event.go and constants/action.go.
const (
	EventCustomProperties = "custom_property_values"
	EventDeploy           = "deployment"
	EventRepository       = "repository"
	EventInstallation     = "installation"
	EventPush             = "push"

	ActionRenamed     = "renamed"
	ActionTransferred = "transferred"

	AppInstallSetupActionInstall = "install"
)

// constants/secret.go.
const (
	SecretOrg    = "org"
	SecretRepo   = "repo"
	SecretShared = "shared"
)

// constants/status.go.
const (
	StatusFailure = "failure"
	StatusSkipped = "skipped"
	StatusPending = "pending"
	StatusError   = "error"
)

// constants/repo.go.
const (
	PipelineTypeYAML = "yaml"
)
