// Package serve is a reduced copy of cmd/soft/serve/server.go.
package serve

import (
	"context"
	"errors"

	"example.com/realworld/softserve/pkg/backend"
	"example.com/realworld/softserve/pkg/config"
	"example.com/realworld/softserve/pkg/proto"
	"example.com/realworld/softserve/pkg/utils"
	"example.com/realworld/softserve/third_party/log"
)

// NewServer is the tail of cmd/soft/serve/server.go:NewServer (:75), which
// runs once at start-up, before the SSH/HTTP/git servers start listening.
func NewServer(ctx context.Context, cfg *config.Config, be *backend.Backend) {
	logger := log.FromContext(ctx).WithPrefix("server")
	ensureDefaultRepo(ctx, cfg, be, logger)
}

// ensureDefaultRepo creates the repo named by cfg.DefaultRepo if it does not
// already exist. It never fails startup: it logs invalid names and creation
// errors, then returns.
// cmd/soft/serve/server.go:135
func ensureDefaultRepo(ctx context.Context, cfg *config.Config, be *backend.Backend, logger *log.Logger) {
	if cfg.DefaultRepo == "" {
		return
	}

	name := utils.SanitizeRepo(cfg.DefaultRepo)
	if err := utils.ValidateRepo(name); err != nil {
		logger.Warn("invalid default_repo, skipping", "name", cfg.DefaultRepo, "err", err)
		return
	}

	if _, err := be.Repository(ctx, name); err == nil { // safe: start-up path (NewServer, before the servers listen), and a concurrent creator's duplicate is tolerated: CreateRepository maps the unique violation to proto.ErrRepoExist, which is ignored below
		return
	} else if !errors.Is(err, proto.ErrRepoNotFound) {
		logger.Warn("failed to look up default repo", "name", name, "err", err)
		return
	}

	// The migration always inserts a user at ID 1. The repos table requires
	// a non-null owner, so we attribute the repo to that account.
	owner, err := be.UserByID(ctx, 1)
	if err != nil {
		logger.Warn("failed to look up default repo owner, skipping", "name", name, "err", err)
		return
	}

	if _, err := be.CreateRepository(ctx, name, owner, proto.RepositoryOptions{}); err != nil && !errors.Is(err, proto.ErrRepoExist) {
		logger.Warn("failed to create default repo", "name", name, "err", err)
		return
	}

	logger.Info("created default repo", "name", name)
}
