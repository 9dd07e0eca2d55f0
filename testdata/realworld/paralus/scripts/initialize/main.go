// Command initialize is a reduced copy of scripts/initialize/main.go: the
// one-shot job (run once per installation, e.g. as the Helm init job) that
// seeds the partner, organization, roles, default groups, the default
// project and the admin user.
package main

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/uptrace/bun"

	"example.com/realworld/paralus/pkg/service"
	commonv3 "example.com/realworld/paralus/proto/types"
)

// createDefaultGroup is scripts/initialize/main.go:104.
func createDefaultGroup(ctx context.Context, gs service.GroupService, name, partner, org, desc string, groupType string, role []*commonv3.ProjectNamespaceRole) (*commonv3.Group, error) {
	existingGroup, err := gs.GetByName(ctx, &commonv3.Group{ // safe: single-threaded one-shot initialization job
		Metadata: &commonv3.Metadata{
			Name:         name,
			Partner:      partner,
			Organization: org,
		},
	})
	if err != nil && !strings.Contains(err.Error(), "not found") && !strings.Contains(err.Error(), "no rows in result set") {
		return nil, fmt.Errorf("unable to get default group %s: %w", name, err)
	}
	if err == nil {
		return existingGroup, nil
	}
	if existingGroup == nil || strings.Contains(err.Error(), "not found") || strings.Contains(err.Error(), "no rows in result set") {
		return gs.Create(ctx, &commonv3.Group{
			Metadata: &commonv3.Metadata{
				Name:         name,
				Partner:      partner,
				Organization: org,
				Description:  desc,
			},
			Spec: &commonv3.GroupSpec{
				Type:                  groupType,
				ProjectNamespaceRoles: role,
			},
		})
	}
	return existingGroup, nil
}

// ensureDefaultProject is the default-project step of main
// (scripts/initialize/main.go:344-366).
func ensureDefaultProject(prs service.ProjectService, partner, org *string) {
	existingProject, err := prs.GetByName(context.Background(), "default") // safe: single-threaded one-shot initialization job
	fmt.Println(existingProject)
	isNotFound := err != nil &&
		(strings.Contains(err.Error(), "not found") ||
			strings.Contains(err.Error(), "no rows in result set"))
	if err != nil && !isNotFound {
		log.Fatal("unable to get project", err)
	}
	if isNotFound {
		_, err := prs.Create(context.Background(), &commonv3.Project{
			Metadata: &commonv3.Metadata{
				Name:         "default",
				Description:  "Default project",
				Partner:      *partner,
				Organization: *org,
			},
			Spec: &commonv3.ProjectSpec{
				Default: true,
			},
		})
		if err != nil {
			log.Fatal("unable to create project", err)
		}
	}
}

// main is scripts/initialize/main.go (flag parsing, DB/Kratos setup,
// partner/organization/roles and the admin user trimmed).
func main() {
	var db *bun.DB // opened from the DSN flags upstream
	partner, org := "DefaultPartner", "DefaultOrg"

	gs := service.NewGroupService(db)
	prs := service.NewProjectService(db)

	if _, err := createDefaultGroup(context.Background(), gs, "All Local Users", partner, org, "Default group for all local users", "DEFAULT_USERS", nil); err != nil {
		log.Fatal("unable to create default group:", err)
	}

	ensureDefaultProject(prs, &partner, &org)
}
