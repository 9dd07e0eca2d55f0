package cmd

import (
	"strings"

	"example.com/realworld/softserve/pkg/backend"
	"example.com/realworld/softserve/pkg/sshutils"
	"example.com/realworld/softserve/third_party/cobra"
)

// PubkeyCommand returns a command that manages user public keys.
// pkg/ssh/cmd/pubkey.go:12 (only `pubkey add`, :19, is kept)
func PubkeyCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "pubkey",
		Aliases: []string{"pubkeys", "publickey", "publickeys"},
		Short:   "Manage your public keys",
	}

	pubkeyAddCommand := &cobra.Command{
		Use:   "add AUTHORIZED_KEY",
		Short: "Add a public key",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			be := backend.FromContext(ctx)
			pk := sshutils.PublicKeyFromContext(ctx)
			user, err := be.UserByPublicKey(ctx, pk) // safe: looks up the caller's own user by the session key (a parent that must exist); the inserted public_keys row is keyed on the new key, which nothing here checks (public_keys.public_key UNIQUE rejects a duplicate)
			if err != nil {
				return err
			}

			apk, _, err := sshutils.ParseAuthorizedKey(strings.Join(args, " "))
			if err != nil {
				return err
			}

			return be.AddPublicKey(ctx, user.Username(), apk)
		},
	}

	cmd.AddCommand(
		pubkeyAddCommand,
	)

	return cmd
}
