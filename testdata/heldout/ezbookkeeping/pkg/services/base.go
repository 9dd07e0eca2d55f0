// Package services is a reduced copy of github.com/mayswind/ezbookkeeping/pkg/services
// at commit 2e20df861c25a40253ceabbf91a9ee456fc4601b.
package services

import (
	"example.com/heldout/ezbookkeeping/pkg/datastore"
	"example.com/heldout/ezbookkeeping/pkg/settings"
	"example.com/heldout/ezbookkeeping/pkg/uuid"
)

// ServiceUsingDB represents a service that need to use db (pkg/services/base.go:18)
type ServiceUsingDB struct {
	container *datastore.DataStoreContainer
}

// UserDB returns the datastore which contains user (pkg/services/base.go:23)
func (s *ServiceUsingDB) UserDB() *datastore.Database {
	return s.container.UserStore.Choose(0)
}

// UserDataDB returns the datastore which contains user data (pkg/services/base.go:43)
func (s *ServiceUsingDB) UserDataDB(uid int64) *datastore.Database {
	return s.container.UserDataStore.Choose(uid)
}

// ServiceUsingConfig represents a service that need to use config (pkg/services/base.go:58)
type ServiceUsingConfig struct {
	container *settings.ConfigContainer
}

// CurrentConfig returns the current config (pkg/services/base.go:63)
func (s *ServiceUsingConfig) CurrentConfig() *settings.Config {
	return s.container.GetCurrentConfig()
}

// ServiceUsingUuid represents a service that need to use uuid (pkg/services/base.go:78)
type ServiceUsingUuid struct {
	container *uuid.UuidContainer
}

// GenerateUuid generates a new uuid according to given uuid type (pkg/services/base.go:83)
func (s *ServiceUsingUuid) GenerateUuid(uuidType uuid.UuidType) int64 {
	return s.container.GenerateUuid(uuidType)
}

// GenerateUuids generates new uuids according to given uuid type and count (pkg/services/base.go:88)
func (s *ServiceUsingUuid) GenerateUuids(uuidType uuid.UuidType, count uint16) []int64 {
	return s.container.GenerateUuids(uuidType, count)
}
