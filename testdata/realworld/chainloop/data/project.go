// Package data reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/data.
package data

import (
	"context"
	"fmt"

	"example.com/realworld/chainloop/authz"
	"example.com/realworld/chainloop/biz"
	"example.com/realworld/chainloop/ent"
	"example.com/realworld/chainloop/ent/group"
	"example.com/realworld/chainloop/ent/membership"
	"example.com/realworld/chainloop/ent/organization"
	"example.com/realworld/chainloop/ent/project"
	"github.com/google/uuid"
)

// ProjectRepo is data/project.go:43.
type ProjectRepo struct {
	data *Data
}

// NewProjectsRepo is data/project.go:48.
func NewProjectsRepo(data *Data) biz.ProjectsRepo {
	return &ProjectRepo{
		data: data,
	}
}

// FindProjectByOrgIDAndID is data/project.go:76.
func (r *ProjectRepo) FindProjectByOrgIDAndID(ctx context.Context, orgID uuid.UUID, projectID uuid.UUID) (*biz.Project, error) {
	pro, err := orgScopedQuery(r.data.DB, orgID).QueryProjects().Where(
		project.ID(projectID),
		project.DeletedAtIsNil(),
	).Only(ctx)

	if err != nil {
		if ent.IsNotFound(err) {
			return nil, biz.NewErrNotFound(fmt.Sprintf("project %s", projectID.String()))
		}
		return nil, fmt.Errorf("project query failed: %w", err)
	}

	return entProjectToBiz(pro), nil
}

// AddMemberToProject is data/project.go:209.
func (r *ProjectRepo) AddMemberToProject(ctx context.Context, orgID uuid.UUID, projectID uuid.UUID, memberID uuid.UUID, membershipType authz.MembershipType, role authz.Role) (*biz.ProjectMembership, error) {
	// Check if the project exists and belongs to the organization
	existingProject, err := r.FindProjectByOrgIDAndID(ctx, orgID, projectID) // safe: parent project existence check; the insert is a membership row
	if err != nil {
		return nil, fmt.Errorf("failed to find project: %w", err)
	}
	if existingProject == nil {
		return nil, biz.NewErrNotFound("project")
	}

	if role != authz.RoleProjectAdmin && role != authz.RoleProjectViewer {
		return nil, biz.NewErrValidationStr("invalid role, must be either 'admin' or 'viewer'")
	}

	// Create the membership
	if _, err := r.data.DB.Membership.Create().
		SetOrganizationID(orgID).
		SetMembershipType(membershipType).
		SetMemberID(memberID).
		SetResourceType(authz.ResourceTypeProject).
		SetResourceID(projectID).
		SetRole(role).
		Save(ctx); err != nil {
		return nil, fmt.Errorf("failed to create project membership: %w", err)
	}

	// Return the created membership
	return r.FindProjectMembershipByProjectAndID(ctx, orgID, projectID, memberID, membershipType)
}

// FindProjectMembershipByProjectAndID is data/project.go:275: returns
// (nil, nil) when not found.
func (r *ProjectRepo) FindProjectMembershipByProjectAndID(ctx context.Context, orgID uuid.UUID, projectID uuid.UUID, memberID uuid.UUID, membershipType authz.MembershipType) (*biz.ProjectMembership, error) {
	// Find the membership
	m, err := r.queryMembership(orgID, projectID, memberID, membershipType).Only(ctx)

	if err != nil {
		if ent.IsNotFound(err) {
			return nil, nil // Return nil when no membership found
		}
		return nil, fmt.Errorf("failed to find membership: %w", err)
	}

	// Build the membership response based on the membership type
	projectMembership := &biz.ProjectMembership{
		MembershipType: m.MembershipType,
		Role:           m.Role,
		CreatedAt:      &m.CreatedAt,
		UpdatedAt:      &m.UpdatedAt,
	}

	switch membershipType {
	case authz.MembershipTypeUser:
		// Fetch the user details for user memberships
		u, err := r.data.DB.User.Get(ctx, memberID)
		if err != nil {
			if ent.IsNotFound(err) {
				return nil, biz.NewErrNotFound("user")
			}
			return nil, fmt.Errorf("failed to find user: %w", err)
		}
		projectMembership.User = entUserToBizUser(u)
	case authz.MembershipTypeGroup:
		// Fetch the group details for group memberships
		g, err := r.data.DB.Group.Query().Where(group.ID(memberID), group.DeletedAtIsNil()).Only(ctx)
		if err != nil {
			if ent.IsNotFound(err) {
				return nil, biz.NewErrNotFound("group")
			}
			return nil, fmt.Errorf("failed to find group: %w", err)
		}
		projectMembership.Group = entGroupToBiz(g)
	}

	return projectMembership, nil
}

// queryMembership is data/project.go:361.
func (r *ProjectRepo) queryMembership(orgID uuid.UUID, projectID uuid.UUID, memberID uuid.UUID, membershipType authz.MembershipType) *ent.MembershipQuery {
	return r.data.DB.Membership.Query().
		Where(
			membership.HasOrganizationWith(
				organization.ID(orgID),
			),
			membership.MembershipTypeEQ(membershipType),
			membership.MemberID(memberID),
			membership.ResourceTypeEQ(authz.ResourceTypeProject),
			membership.ResourceID(projectID),
			membership.ParentIDIsNil(), // Only top-level memberships
		).WithOrganization()
}

// entProjectToBiz is data/project.go:376.
func entProjectToBiz(pro *ent.Project) *biz.Project {
	return &biz.Project{
		ID:        pro.ID,
		Name:      pro.Name,
		OrgID:     pro.OrganizationID,
		CreatedAt: &pro.CreatedAt,
		UpdatedAt: &pro.UpdatedAt,
	}
}
