package database

import (
	"context"
	"errors"

	"gorm.io/gorm"

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
	"example.com/heldout/vela/pkg/logrus"
)

type (
	// config reproduces database/database.go config (trimmed).
	config struct {
		Driver        string
		EncryptionKey string
	}

	// engine reproduces database/database.go engine: one embedded engine per
	// resource, all sharing one *gorm.DB.
	engine struct {
		client *gorm.DB
		config *config
		ctx    context.Context
		logger *logrus.Entry

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

	// EngineOpt represents a configuration option to initialize the engine.
	EngineOpt func(*engine) error
)

// WithClient sets the gorm client. Upstream New opens it itself with
// gorm.Open(postgres.Open(addr)) or gorm.Open(sqlite.Open(addr))
// (database/database.go:180-189); the drivers are not in this module.
func WithClient(client *gorm.DB) EngineOpt {
	return func(e *engine) error {
		e.client = client

		return nil
	}
}

// WithDriver sets the driver name.
func WithDriver(driver string) EngineOpt {
	return func(e *engine) error {
		e.config.Driver = driver

		return nil
	}
}

// Driver outputs the configured database driver.
func (e *engine) Driver() string { return e.config.Driver }

// New reproduces database/database.go New and database/resource.go
// NewResources (trimmed: the engines are built without creating tables).
func New(opts ...EngineOpt) (Interface, error) {
	e := new(engine)
	e.config = new(config)
	e.ctx = context.Background()
	e.logger = logrus.NewEntry(logrus.StandardLogger())

	for _, opt := range opts {
		if err := opt(e); err != nil {
			return nil, err
		}
	}

	if e.client == nil {
		return nil, errors.New("no database client provided")
	}

	var err error

	if e.SettingsInterface, err = settings.New(settings.WithClient(e.client), settings.WithContext(e.ctx), settings.WithLogger(e.logger)); err != nil {
		return nil, err
	}

	if e.BuildInterface, err = build.New(build.WithClient(e.client), build.WithContext(e.ctx), build.WithLogger(e.logger)); err != nil {
		return nil, err
	}

	if e.DashboardInterface, err = dashboard.New(dashboard.WithClient(e.client), dashboard.WithContext(e.ctx), dashboard.WithLogger(e.logger)); err != nil {
		return nil, err
	}

	if e.DeploymentInterface, err = deployment.New(deployment.WithClient(e.client), deployment.WithContext(e.ctx), deployment.WithLogger(e.logger)); err != nil {
		return nil, err
	}

	if e.HookInterface, err = hook.New(hook.WithClient(e.client), hook.WithContext(e.ctx), hook.WithLogger(e.logger)); err != nil {
		return nil, err
	}

	if e.JWKInterface, err = jwk.New(jwk.WithClient(e.client), jwk.WithContext(e.ctx), jwk.WithLogger(e.logger)); err != nil {
		return nil, err
	}

	if e.PipelineInterface, err = pipeline.New(pipeline.WithClient(e.client), pipeline.WithContext(e.ctx), pipeline.WithLogger(e.logger)); err != nil {
		return nil, err
	}

	if e.RepoInterface, err = repo.New(repo.WithClient(e.client), repo.WithContext(e.ctx), repo.WithLogger(e.logger), repo.WithEncryptionKey(e.config.EncryptionKey)); err != nil {
		return nil, err
	}

	if e.ScheduleInterface, err = schedule.New(schedule.WithClient(e.client), schedule.WithContext(e.ctx), schedule.WithLogger(e.logger)); err != nil {
		return nil, err
	}

	if e.SecretInterface, err = secret.New(secret.WithClient(e.client), secret.WithContext(e.ctx), secret.WithLogger(e.logger), secret.WithEncryptionKey(e.config.EncryptionKey)); err != nil {
		return nil, err
	}

	if e.UserInterface, err = user.New(user.WithClient(e.client), user.WithContext(e.ctx), user.WithLogger(e.logger), user.WithEncryptionKey(e.config.EncryptionKey)); err != nil {
		return nil, err
	}

	return e, nil
}
