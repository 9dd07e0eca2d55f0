// Package app reproduces dnote/dnote 8ffd44f36287 pkg/server/app.
package app

import (
	"example.com/heldout/dnote/pkg/clock"
	"example.com/heldout/dnote/pkg/server/config"
	"gorm.io/gorm"
)

// App reproduces pkg/server/app/app.go:45 (trimmed to the fields the sites use).
// App is an application context
type App struct {
	DB     *gorm.DB
	Clock  clock.Clock
	Config config.Config
}
