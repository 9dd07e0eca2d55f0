package jwk

import (
	"context"

	"gorm.io/gorm"

	"example.com/heldout/vela/pkg/logrus"
)

type (
	// config represents the settings required to create the engine.
	config struct {
		// specifies the encryption key to use for the engine
		EncryptionKey string
		// specifies the level of compression to use for the engine
		CompressionLevel int
		// specifies to skip creating tables and indexes for the engine
		SkipCreation bool
		// specifies whether the log table is partitioned
		LogPartitioned bool
	}

	// Engine represents the jwk functionality (reproduces database/jwk/jwk.go).
	Engine struct {
		// engine configuration settings
		config *config

		ctx context.Context

		// gorm.io/gorm database client
		//
		// https://pkg.go.dev/gorm.io/gorm#DB
		client *gorm.DB

		// sirupsen/logrus logger (stand-in)
		logger *logrus.Entry
	}

	// EngineOpt represents a configuration option to initialize the engine.
	EngineOpt func(*Engine) error
)

// New creates and returns an engine (reproduces database/jwk/jwk.go New,
// without the table creation).
func New(opts ...EngineOpt) (*Engine, error) {
	e := new(Engine)

	e.client = new(gorm.DB)
	e.config = new(config)
	e.logger = new(logrus.Entry)

	for _, opt := range opts {
		err := opt(e)
		if err != nil {
			return nil, err
		}
	}

	return e, nil
}

// WithClient sets the gorm.io/gorm client in the engine.
func WithClient(client *gorm.DB) EngineOpt {
	return func(e *Engine) error {
		e.client = client

		return nil
	}
}

// WithContext sets the context in the engine.
func WithContext(ctx context.Context) EngineOpt {
	return func(e *Engine) error {
		e.ctx = ctx

		return nil
	}
}

// WithLogger sets the logger in the engine.
func WithLogger(logger *logrus.Entry) EngineOpt {
	return func(e *Engine) error {
		e.logger = logger

		return nil
	}
}

// WithEncryptionKey sets the encryption key in the engine.
func WithEncryptionKey(key string) EngineOpt {
	return func(e *Engine) error {
		e.config.EncryptionKey = key

		return nil
	}
}
