package cmd

import (
	"context"
	"errors"

	"example.com/realworld/softserve/pkg/access"
	"example.com/realworld/softserve/pkg/backend"
	"example.com/realworld/softserve/pkg/db"
	"example.com/realworld/softserve/pkg/proto"
	"example.com/realworld/softserve/third_party/cobra"
)

// pkg/ssh/cmd/collab.go:14 (only `add` is kept)
func collabCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "collab",
		Aliases: []string{"collabs", "collaborator", "collaborators"},
		Short:   "Manage collaborators",
	}

	cmd.AddCommand(
		collabAddCommand(),
	)

	return cmd
}

// CollabCommand exposes collabCommand (upstream it is added under `repo`).
func CollabCommand() *cobra.Command { return collabCommand() }

// checkCollabGrant reports whether the caller may set a collaborator's access
// level on a repository to level.
// pkg/ssh/cmd/collab.go:36
func checkCollabGrant(ctx context.Context, repo string, level access.AccessLevel) error {
	if isServerAdmin(ctx) {
		return nil
	}

	if proto.UserFromContext(ctx) == nil {
		return proto.ErrUnauthorized
	}

	caller := repoAccessLevel(ctx, repo)
	if level > caller {
		return proto.ErrExceedsAccessLevel
	}

	return nil
}

// checkCollabDemote reports whether the caller may remove or overwrite an
// existing collaborator on a repository.
// pkg/ssh/cmd/collab.go:59
func checkCollabDemote(ctx context.Context, repo string, username string) error {
	if isServerAdmin(ctx) {
		return nil
	}

	if proto.UserFromContext(ctx) == nil {
		return proto.ErrUnauthorized
	}

	be := backend.FromContext(ctx)
	current, isCollab, err := be.IsCollaborator(ctx, repo, username)
	if err != nil {
		// A missing row just means the user is not a collaborator yet, which
		// is the common case when adding one. Any other error is real and
		// must fail closed.
		if !errors.Is(err, db.ErrRecordNotFound) {
			return err
		}
		return nil
	}

	if !isCollab {
		return nil
	}

	if current > repoAccessLevel(ctx, repo) {
		return proto.ErrExceedsAccessLevel
	}

	return nil
}

// `ssh soft repo collab add REPOSITORY USERNAME [LEVEL]`
// pkg/ssh/cmd/collab.go:91
func collabAddCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:               "add REPOSITORY USERNAME [LEVEL]",
		Short:             "Add a collaborator to a repo",
		Long:              "Add a collaborator to a repo. LEVEL can be one of: no-access, read-only, read-write, or admin-access. Defaults to read-write.",
		Args:              cobra.RangeArgs(2, 3),
		PersistentPreRunE: checkIfReadableAndCollab,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			be := backend.FromContext(ctx)
			repo := repoArg(args)
			username := args[1]
			level := access.ReadWriteAccess
			if len(args) > 2 {
				level = access.ParseAccessLevel(args[2])
				if level < 0 {
					return errors.New("invalid access level")
				}
			}

			if err := checkCollabGrant(ctx, repo, level); err != nil {
				return err
			}

			if err := checkCollabDemote(ctx, repo, username); err != nil { // safe: an authorization lookup; AddCollaborator's INSERT relies on UNIQUE (user_id, repo_id) and maps the duplicate to proto.ErrCollaboratorExist (backend/collab.go:36), the same answer a serial second call gets
				return err
			}

			return be.AddCollaborator(ctx, repo, username, level)
		},
	}

	return cmd
}
