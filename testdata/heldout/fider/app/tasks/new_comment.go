package tasks

// Reproduces github.com/getfider/fider/app/tasks/new_comment.go (trimmed: e-mail
// notifications, webhooks and logging left out; the web/mention loops are as upstream).

import (
	"fmt"
	"slices"

	"example.com/heldout/fider/app/models/cmd"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/enum"
	"example.com/heldout/fider/app/models/query"
	"example.com/heldout/fider/app/pkg/bus"
	"example.com/heldout/fider/app/pkg/worker"
)

// NotifyAboutNewComment sends a notification (web and email) to subscribers
func NotifyAboutNewComment(comment *entity.Comment, post *entity.Post) worker.Task {
	return describe("Notify about new comment", func(c *worker.Context) error {

		// comment.ParseMentions()
		contentString := entity.CommentString(comment.Content)
		mentions := contentString.ParseMentions()
		var mentionNotifications []*entity.MentionNotification

		// Web notification
		users, err := getActiveSubscribers(c, post, enum.NotificationChannelWeb, enum.NotificationEventNewComment)
		if err != nil {
			return c.Failure(err)
		}

		author := c.User()
		title := fmt.Sprintf("**%s** left a comment on **%s**", author.Name, post.Title)
		link := fmt.Sprintf("/posts/%d/%s", post.Number, post.Slug)
		for _, user := range users {
			if user.ID != author.ID {
				err = bus.Dispatch(c, &cmd.AddNewNotification{
					User:   user,
					Title:  title,
					Link:   link,
					PostID: post.ID,
				})
				if err != nil {
					return c.Failure(err)
				}
			}
		}

		// Web notification - mentions
		title = fmt.Sprintf("**%s** mentioned you in **%s**", author.Name, post.Title)

		if mentions != nil {

			users, err = getActiveSubscribers(c, post, enum.NotificationChannelWeb, enum.NotificationEventMention)
			if err != nil {
				return c.Failure(err)
			}

			// Get the existing mentions that have been sent for this comment
			mN := &query.GetMentionNotifications{
				CommentID: comment.ID,
			}
			// upstream new_comment.go:67 preload of the comment's mention log; a user missing from it
			// gets AddNewNotification (:82) + AddMentionNotification (:93) (races with NotifyAboutUpdatedComment)
			err := bus.Dispatch(c, mN) // race; no unique key: mention_notifications has no unique key: unique_mention_notification was dropped (202507071815_add_post_id_to_mention_notifications.up.sql:12)
			if err != nil {
				return c.Failure(err)
			}
			mentionNotifications = mN.Result

			// Iterate the mentions
			for _, mention := range mentions {
				// Check if the user is in the list of mention subscribers (users)
				for _, u := range users {

					if u.Name == mention && !slices.ContainsFunc(mentionNotifications,
						func(n *entity.MentionNotification) bool {
							return n.UserID == u.ID
						}) {
						err = bus.Dispatch(c, &cmd.AddNewNotification{
							User:   u,
							Title:  title,
							Link:   link,
							PostID: post.ID,
						})
						if err != nil {
							return c.Failure(err)
						}

						// Also send the notification log
						err = bus.Dispatch(c, &cmd.AddMentionNotification{
							UserID:    u.ID,
							CommentID: comment.ID,
						})
						if err != nil {
							return c.Failure(err)
						}

					}

				}
			}

		}

		return nil
	})
}

func NotifyAboutUpdatedComment(post *entity.Post, comment *entity.Comment) worker.Task {
	return describe("Notify about updated comment", func(c *worker.Context) error {

		contentString := entity.CommentString(comment.Content)
		mentions := contentString.ParseMentions()
		var mentionNotifications []*entity.MentionNotification

		author := c.User()
		title := fmt.Sprintf("**%s** mentioned you in **%s**", author.Name, post.Title)
		link := fmt.Sprintf("/posts/%d/%s", post.Number, post.Slug)
		mentionNotificationSent := false
		if mentions != nil {

			users, err := getActiveSubscribers(c, post, enum.NotificationChannelWeb, enum.NotificationEventMention)
			if err != nil {
				return c.Failure(err)
			}

			// Get the existing mentions that have been sent for this comment
			mN := &query.GetMentionNotifications{
				CommentID: comment.ID,
			}
			// upstream new_comment.go:205, inserts :219/:230 (same check-then-insert; two quick edits of one comment
			// enqueue two tasks that run on different workers)
			err = bus.Dispatch(c, mN) // race; no unique key: mention_notifications has no unique key: unique_mention_notification was dropped (202507071815_add_post_id_to_mention_notifications.up.sql:12)
			if err != nil {
				return c.Failure(err)
			}
			mentionNotifications = mN.Result

			// Iterate the mentions
			for _, mention := range mentions {
				// Check if the user is in the list of mention subscribers (users)
				for _, u := range users {
					if u.Name == mention && !slices.ContainsFunc(mentionNotifications,
						func(n *entity.MentionNotification) bool {
							return n.UserID == u.ID
						}) {
						err = bus.Dispatch(c, &cmd.AddNewNotification{
							User:   u,
							Title:  title,
							Link:   link,
							PostID: post.ID,
						})
						if err != nil {
							return c.Failure(err)
						}

						// Also send the notification log
						err = bus.Dispatch(c, &cmd.AddMentionNotification{
							UserID:    u.ID,
							CommentID: comment.ID,
						})
						if err != nil {
							return c.Failure(err)
						}
						mentionNotificationSent = true
					}
				}
			}

		}

		_ = mentionNotificationSent
		return nil
	})
}
