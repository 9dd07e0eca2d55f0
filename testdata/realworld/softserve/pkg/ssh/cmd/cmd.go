// Package cmd is a reduced copy of pkg/ssh/cmd: the SSH commands
// (`ssh soft <command>`) of the reproduced chains.
package cmd

import (
	"context"

	"example.com/realworld/softserve/pkg/access"
	"example.com/realworld/softserve/pkg/backend"
	"example.com/realworld/softserve/pkg/proto"
	"example.com/realworld/softserve/pkg/utils"
	"example.com/realworld/softserve/third_party/cobra"
)

// pkg/ssh/cmd/cmd.go:113
func checkIfReadable(cmd *cobra.Command, args []string) error {
	ctx := cmd.Context()
	if repoAccessLevel(ctx, repoArg(args)) < access.ReadOnlyAccess {
		return proto.ErrRepoNotFound
	}
	return nil
}

// isServerAdmin reports whether the caller is a server administrator.
// pkg/ssh/cmd/cmd.go:138 (the admin-key comparison is dropped)
func isServerAdmin(ctx context.Context) bool {
	user := proto.UserFromContext(ctx)
	return user != nil && user.IsAdmin()
}

// repoArg returns the repository name from a repo-scoped command's arguments.
// pkg/ssh/cmd/cmd.go:151
func repoArg(args []string) string {
	if len(args) == 0 {
		return ""
	}
	return utils.SanitizeRepo(args[0])
}

// repoAccessLevel returns the caller's access level for the named repository.
// pkg/ssh/cmd/cmd.go:160
func repoAccessLevel(ctx context.Context, repo string) access.AccessLevel {
	be := backend.FromContext(ctx)
	return be.AccessLevelForUser(ctx, repo, proto.UserFromContext(ctx))
}

// checkIfRepoAdmin is the authorization gate for repo-scoped commands that
// require admin access to the repository named by the first argument.
// pkg/ssh/cmd/cmd.go:184
func checkIfRepoAdmin(cmd *cobra.Command, args []string) error {
	ctx := cmd.Context()
	if isServerAdmin(ctx) {
		return nil
	}

	if proto.UserFromContext(ctx) == nil {
		return proto.ErrUnauthorized
	}

	if repoAccessLevel(ctx, repoArg(args)) < access.AdminAccess {
		return proto.ErrUnauthorized
	}

	return nil
}

// checkIfRepoCollab is the authorization gate for repo-scoped commands that
// require write access to the repository named by the first argument.
// pkg/ssh/cmd/cmd.go:205
func checkIfRepoCollab(cmd *cobra.Command, args []string) error {
	ctx := cmd.Context()
	if repoAccessLevel(ctx, repoArg(args)) < access.ReadWriteAccess {
		return proto.ErrUnauthorized
	}
	return nil
}

// pkg/ssh/cmd/cmd.go:213
func checkIfReadableAndCollab(cmd *cobra.Command, args []string) error {
	if err := checkIfReadable(cmd, args); err != nil {
		return err
	}
	if err := checkIfRepoCollab(cmd, args); err != nil {
		return err
	}
	return nil
}
