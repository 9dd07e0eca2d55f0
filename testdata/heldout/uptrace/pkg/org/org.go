// Package org reproduces the subset of github.com/uptrace/uptrace/pkg/org used
// here. Users and projects are not stored in PostgreSQL at this commit: they are
// read from the YAML config into memory (pkg/org/project.go:86 NewProjectGateway,
// pkg/org/user.go:118 NewUserGateway).
package org

import (
	"context"
	"database/sql"
	"slices"
	"time"

	"example.com/heldout/uptrace/pkg/httperror"
	"github.com/uptrace/bun"
)

// ErrAccessDenied reproduces pkg/org/init.go:11.
var ErrAccessDenied = httperror.Forbidden("access denied")

// Project reproduces pkg/org/project.go:16.
type Project struct {
	bun.BaseModel `bun:"projects,alias:p"`

	ID    uint32 `json:"id" bun:",pk,autoincrement"`
	Name  string `json:"name" bun:",nullzero"`
	Token string `json:"token" bun:",nullzero"`

	PromCompat bool `json:"promCompat"`

	CreatedAt time.Time `json:"createdAt"`
	UpdatedAt time.Time `json:"updatedAt"`
}

// ProjectGateway reproduces pkg/org/project.go:80 (projects from the config).
type ProjectGateway struct {
	projects []*Project
}

// findProject reproduces pkg/org/project.go:108.
func findProject(projects []*Project, f func(*Project) bool) (*Project, error) {
	idx := slices.IndexFunc(projects, f)
	if idx == -1 {
		return nil, sql.ErrNoRows
	}
	return projects[idx], nil
}

// SelectByID reproduces pkg/org/project.go:116.
func (g *ProjectGateway) SelectByID(ctx context.Context, projectID uint32) (*Project, error) {
	return findProject(g.projects, func(p *Project) bool {
		return p.ID == projectID
	})
}

// SelectAll reproduces pkg/org/project.go:149.
func (g *ProjectGateway) SelectAll(ctx context.Context) ([]*Project, error) {
	return g.projects, nil
}

type projectCtxKey struct{}

// ProjectFromContext reproduces pkg/org/auth.go:45.
func ProjectFromContext(ctx context.Context) *Project {
	project, _ := ctx.Value(projectCtxKey{}).(*Project)
	return project
}
