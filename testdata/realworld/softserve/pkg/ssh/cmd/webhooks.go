package cmd

import (
	"fmt"
	"strconv"

	"example.com/realworld/softserve/pkg/backend"
	"example.com/realworld/softserve/pkg/webhook"
	"example.com/realworld/softserve/third_party/cobra"
)

// `ssh soft repo webhook update REPOSITORY WEBHOOK_ID` (flags reduced to the
// event list, passed as extra arguments).
// pkg/ssh/cmd/webhooks.go:165
func webhookUpdateCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:               "update REPOSITORY WEBHOOK_ID",
		Short:             "Update a repository webhook",
		Args:              cobra.MinimumNArgs(2),
		PersistentPreRunE: checkIfRepoAdmin,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			be := backend.FromContext(ctx)
			repo, err := be.Repository(ctx, args[0])
			if err != nil {
				return err
			}

			id, err := strconv.ParseInt(args[1], 10, 64)
			if err != nil {
				return fmt.Errorf("invalid webhook ID: %w", err)
			}

			wh, err := be.Webhook(ctx, repo, id)
			if err != nil {
				return err
			}

			newEvents := wh.Events
			if len(args) > 2 {
				var evs []webhook.Event
				for _, e := range args[2:] {
					n, err := strconv.Atoi(e)
					if err != nil {
						return fmt.Errorf("invalid event: %w", err)
					}

					evs = append(evs, webhook.Event(n))
				}

				newEvents = evs
			}

			return be.UpdateWebhook(ctx, repo, id, wh.URL, wh.ContentType, wh.Secret, newEvents, wh.Active)
		},
	}

	return cmd
}

// `ssh soft repo webhook delete REPOSITORY WEBHOOK_ID`
// pkg/ssh/cmd/webhooks.go:139
func webhookDeleteCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:               "delete REPOSITORY WEBHOOK_ID",
		Short:             "Delete a repository webhook",
		Args:              cobra.ExactArgs(2),
		PersistentPreRunE: checkIfRepoAdmin,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			be := backend.FromContext(ctx)
			repo, err := be.Repository(ctx, args[0])
			if err != nil {
				return err
			}

			id, err := strconv.ParseInt(args[1], 10, 64)
			if err != nil {
				return fmt.Errorf("invalid webhook ID: %w", err)
			}

			return be.DeleteWebhook(ctx, repo, id)
		},
	}

	return cmd
}

// WebhookCommand groups the webhook commands (pkg/ssh/cmd/webhooks.go:18).
func WebhookCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "webhook", Aliases: []string{"webhooks"}}
	cmd.AddCommand(webhookUpdateCommand(), webhookDeleteCommand())
	return cmd
}
