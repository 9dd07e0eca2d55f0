package tasks

// Reproduces github.com/getfider/fider/app/tasks/new_post.go (trimmed: e-mail
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

// NotifyAboutNewPost sends a notification (web and email) to subscribers
func NotifyAboutNewPost(post *entity.Post) worker.Task {
	return describe("Notify about new post", func(c *worker.Context) error {
		// Parse mentions from post description
		contentString := entity.CommentString(post.Description)
		mentions := contentString.ParseMentions()
		var mentionNotifications []*entity.MentionNotification

		// Web notification
		users, err := getActiveSubscribers(c, post, enum.NotificationChannelWeb, enum.NotificationEventNewPost)
		if err != nil {
			return c.Failure(err)
		}

		author := c.User()
		title := fmt.Sprintf("New post: **%s**", post.Title)
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
		if len(mentions) > 0 {
			title = fmt.Sprintf("**%s** mentioned you in **%s**", author.Name, post.Title)

			users, err = getActiveSubscribers(c, post, enum.NotificationChannelWeb, enum.NotificationEventMention)
			if err != nil {
				return c.Failure(err)
			}

			// Get the existing mentions that have been sent for this post
			mN := &query.GetMentionNotifications{
				PostID: post.ID,
			}
			// upstream new_post.go:65 preload of the post's mention log; a user missing from it
			// gets AddNewNotification (:79) + AddMentionNotification (:90) (races with NotifyAboutUpdatedPost)
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
							UserID: u.ID,
							PostID: post.ID,
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

// NotifyAboutUpdatedPost sends notifications about mentions in an updated post
func NotifyAboutUpdatedPost(post *entity.Post) worker.Task {
	return describe("Notify about updated post", func(c *worker.Context) error {
		contentString := entity.CommentString(post.Description)
		mentions := contentString.ParseMentions()
		var mentionNotifications []*entity.MentionNotification

		author := c.User()
		title := fmt.Sprintf("**%s** mentioned you in **%s**", author.Name, post.Title)
		link := fmt.Sprintf("/posts/%d/%s", post.Number, post.Slug)
		mentionNotificationSent := false
		if len(mentions) > 0 {
			users, err := getActiveSubscribers(c, post, enum.NotificationChannelWeb, enum.NotificationEventMention)
			if err != nil {
				return c.Failure(err)
			}

			// Get the existing mentions that have been sent for this post
			mN := &query.GetMentionNotifications{
				PostID: post.ID,
			}
			// upstream new_post.go:211, inserts :225/:236 (same check-then-insert; quick edits of one post)
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
							UserID: u.ID,
							PostID: post.ID,
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
