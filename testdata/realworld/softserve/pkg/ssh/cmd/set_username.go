package cmd

import (
	"example.com/realworld/softserve/pkg/backend"
	"example.com/realworld/softserve/pkg/sshutils"
	"example.com/realworld/softserve/third_party/cobra"
)

// SetUsernameCommand returns a command that sets the user's username.
// pkg/ssh/cmd/set_username.go:10
func SetUsernameCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "set-username USERNAME",
		Short: "Set your username",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			be := backend.FromContext(ctx)
			pk := sshutils.PublicKeyFromContext(ctx)
			user, err := be.UserByPublicKey(ctx, pk) // safe: the lookup only guards an UPDATE of the caller's own users row (SetUsernameByUsername); users.username UNIQUE rejects a taken name
			if err != nil {
				return err
			}

			return be.SetUsername(ctx, user.Username(), args[0])
		},
	}

	return cmd
}
