// Package data reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/data.
package data

import (
	"context"

	"example.com/realworld/chainloop/biz"
	"example.com/realworld/chainloop/ent"
	"example.com/realworld/chainloop/ent/organization"
	"github.com/google/uuid"
)

// OrganizationRepo is data/organization.go:33.
type OrganizationRepo struct {
	data *Data
}

// NewOrganizationRepo is data/organization.go:38.
func NewOrganizationRepo(data *Data) biz.OrganizationRepo {
	return &OrganizationRepo{data: data}
}

// FindByID is data/organization.go:63.
func (r *OrganizationRepo) FindByID(ctx context.Context, id uuid.UUID) (*biz.Organization, error) {
	org, err := r.data.DB.Organization.Query().Where(organization.ID(id), organization.DeletedAtIsNil()).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	} else if org == nil {
		return nil, nil
	}

	return entOrgToBizOrg(org), nil
}

// FindByName is data/organization.go:78.
func (r *OrganizationRepo) FindByName(ctx context.Context, name string) (*biz.Organization, error) {
	org, err := r.data.DB.Organization.Query().Where(organization.NameEQ(name), organization.DeletedAtIsNil()).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	} else if org == nil {
		return nil, nil
	}

	return entOrgToBizOrg(org), nil
}

// entOrgToBizOrg is data/organization.go:176.
func entOrgToBizOrg(eu *ent.Organization) *biz.Organization {
	return &biz.Organization{
		Name: eu.Name, ID: eu.ID.String(),
		CreatedAt: toTimePtr(eu.CreatedAt),
		UpdatedAt: toTimePtr(eu.UpdatedAt),
	}
}
