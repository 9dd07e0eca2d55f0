package cmd

import (
	"errors"

	"example.com/realworld/softserve/pkg/access"
	"example.com/realworld/softserve/pkg/backend"
	"example.com/realworld/softserve/pkg/proto"
	"example.com/realworld/softserve/pkg/utils"
	"example.com/realworld/softserve/third_party/cobra"
	"example.com/realworld/softserve/third_party/log"
)

var (
	// errNotAuthed is pkg/git.ErrNotAuthed (pkg/git/errors.go).
	errNotAuthed = errors.New("you are not authorized to do this")
	// errSystemMalfunction is pkg/git.ErrSystemMalfunction.
	errSystemMalfunction = errors.New("something went wrong")
)

// GitReceivePackCommand returns a cobra command for git-receive-pack.
// pkg/ssh/cmd/git.go:129
func GitReceivePackCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:    "git-receive-pack REPO",
		Short:  "Git receive pack",
		Args:   cobra.ExactArgs(1),
		Hidden: true,
		RunE:   gitRunE,
	}

	return cmd
}

// serviceHandler stands in for git.Service.Handler (runs git-receive-pack).
var serviceHandler = func(string) error { return nil }

// pkg/ssh/cmd/git.go:167 (reduced to the receive-pack branch; metrics,
// environment and hook plumbing are dropped)
func gitRunE(cmd *cobra.Command, args []string) error {
	ctx := cmd.Context()
	be := backend.FromContext(ctx)
	logger := log.FromContext(ctx)

	// repo should be in the form of "repo.git"
	name := utils.SanitizeRepo(args[0])
	user := proto.UserFromContext(ctx)
	accessLevel := be.AccessLevelForUser(ctx, name, user)

	// Set repo in context
	repo, _ := be.Repository(ctx, name) // race
	ctx = proto.WithRepositoryContext(ctx, repo)

	switch service := cmd.Name(); service {
	case "git-receive-pack":
		if accessLevel < access.ReadWriteAccess {
			return errNotAuthed
		}
		if repo == nil {
			if _, err := be.CreateRepository(ctx, name, user, proto.RepositoryOptions{Private: false}); err != nil {
				log.Errorf("failed to create repo: %s", err)
				return err
			}
		}

		if err := serviceHandler(name); err != nil {
			logger.Error("failed to handle git service", "err", err, "repo", name)
			defer func() {
				if repo == nil {
					// If the repo was created, but the request failed, delete it.
					be.DeleteRepository(ctx, name) //nolint: errcheck
				}
			}()

			return errSystemMalfunction
		}

		return nil
	}

	return nil
}
