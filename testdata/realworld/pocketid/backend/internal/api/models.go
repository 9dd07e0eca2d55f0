// Package api reproduces pocket-id/pocket-id d258d952b157 backend/internal/api.
package api

import (
	"example.com/realworld/pocketid/backend/internal/model"
	datatype "example.com/realworld/pocketid/backend/internal/model/types"
)

// API is backend/internal/api/models.go:9.
type API struct {
	model.Base

	Name             string `sortable:"true"`
	Audience         string `sortable:"true"`
	UpdatedAt        *datatype.DateTime
	AllowCIMDClients bool `gorm:"column:allow_cimd_clients"`

	Permissions []Permission `gorm:"foreignKey:APIID;references:ID;constraint:OnDelete:CASCADE"`
}

// Permission is backend/internal/api/models.go:20.
type Permission struct {
	model.Base

	APIID                 string `gorm:"column:api_id"`
	Key                   string `sortable:"true"`
	Name                  string
	Description           *string
	AllowedForCIMDClients bool `gorm:"column:allowed_for_cimd_clients"`
}

// TableName is backend/internal/api/models.go:30.
func (Permission) TableName() string { return "api_permissions" }

// apiPermissionInputDto is backend/internal/api/dto.go.
type apiPermissionInputDto struct {
	Key         string
	Name        string
	Description *string
}

// apiPermissionsUpdateDto is backend/internal/api/dto.go.
type apiPermissionsUpdateDto struct {
	Permissions []apiPermissionInputDto
}
