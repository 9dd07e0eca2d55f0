// Package service reproduces, trimmed, Dragonfly2 manager/service: the REST
// services behind manager/handlers (routes in manager/router/router.go).
package service

import (
	"gorm.io/gorm"

	"example.com/heldout/dragonfly/manager/job"
	"example.com/heldout/dragonfly/pkg/casbin" // stand-in for github.com/casbin/casbin/v2
)

// service reproduces manager/service/service.go:142 (config, redis, cache and
// object storage dropped).
type service struct {
	db       *gorm.DB
	job      *job.Job
	enforcer *casbin.Enforcer
}

// New returns a new service.
func New(db *gorm.DB, job *job.Job, enforcer *casbin.Enforcer) *service {
	return &service{
		db:       db,
		job:      job,
		enforcer: enforcer,
	}
}
