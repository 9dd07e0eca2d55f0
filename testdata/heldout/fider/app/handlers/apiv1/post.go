package apiv1

// Reproduces CreatePost, UpdatePost, PostComment, UpdateComment and ToggleVote of
// github.com/getfider/fider/app/handlers/apiv1/post.go (trimmed: metrics,
// description rewriting and responses).

import (
	"example.com/heldout/fider/app/actions"
	"example.com/heldout/fider/app/models/cmd"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/query"
	"example.com/heldout/fider/app/pkg/bus"
	"example.com/heldout/fider/app/pkg/env"
	"example.com/heldout/fider/app/pkg/web"
	"example.com/heldout/fider/app/tasks"
)

// CreatePost creates a new post on current tenant
func CreatePost() web.HandlerFunc {
	return func(c *web.Context) error {
		action := new(actions.CreateNewPost)
		// CreateNewPost.Validate looks the slug up (the lookup of the CreateNewPost site)
		if result := c.BindTo(action); !result.Ok {
			return c.HandleValidation(result)
		}

		if err := bus.Dispatch(c, &cmd.UploadImages{Images: action.Attachments, Folder: "attachments"}); err != nil {
			return c.Failure(err)
		}

		newPost := &cmd.AddNewPost{
			Title:       action.Title,
			Description: action.Description,
		}
		err := bus.Dispatch(c, newPost)
		if err != nil {
			return c.Failure(err)
		}

		setAttachments := &cmd.SetAttachments{Post: newPost.Result, Attachments: action.Attachments}
		addVote := &cmd.AddVote{Post: newPost.Result, User: c.User()}
		if err = bus.Dispatch(c, setAttachments, addVote); err != nil {
			return c.Failure(err)
		}

		if env.Config.PostCreationWithTagsEnabled {
			for _, tag := range action.Tags {
				assignTag := &cmd.AssignTag{Tag: tag, Post: newPost.Result}
				if err := bus.Dispatch(c, assignTag); err != nil {
					return c.Failure(err)
				}
			}
		}

		c.Enqueue(tasks.NotifyAboutNewPost(newPost.Result))

		return c.Ok(web.Map{
			"id":         newPost.Result.ID,
			"number":     newPost.Result.Number,
			"title":      newPost.Result.Title,
			"slug":       newPost.Result.Slug,
			"isApproved": newPost.Result.IsApproved,
		})
	}
}

// UpdatePost updates an existing post of current tenant
func UpdatePost() web.HandlerFunc {
	return func(c *web.Context) error {
		action := new(actions.UpdatePost)
		if result := c.BindTo(action); !result.Ok {
			return c.HandleValidation(result)
		}

		// Upload first so blob keys are finalized before building the description.
		if err := bus.Dispatch(c, &cmd.UploadImages{Images: action.Attachments, Folder: "attachments"}); err != nil {
			return c.Failure(err)
		}

		updatePost := &cmd.UpdatePost{
			Post:        action.Post,
			Title:       action.Title,
			Description: action.Description,
		}

		// UPDATE posts (row lock on the post until commit) runs before SetAttachments
		err := bus.Dispatch(c,
			updatePost,
			&cmd.SetAttachments{
				Post:        action.Post,
				Attachments: action.Attachments,
			},
		)

		if err != nil {
			return c.Failure(err)
		}

		// Notify about mentions in the updated post
		c.Enqueue(tasks.NotifyAboutUpdatedPost(updatePost.Result))

		return c.Ok(web.Map{})
	}
}

// PostComment creates a new comment on given post
func PostComment() web.HandlerFunc {
	return func(c *web.Context) error {
		action := new(actions.AddNewComment)
		if result := c.BindTo(action); !result.Ok {
			return c.HandleValidation(result)
		}

		getPost := &query.GetPostByNumber{Number: action.Number}
		if err := bus.Dispatch(c, getPost); err != nil {
			return c.Failure(err)
		}

		if err := bus.Dispatch(c, &cmd.UploadImages{Images: action.Attachments, Folder: "attachments"}); err != nil {
			return c.Failure(err)
		}

		addNewComment := &cmd.AddNewComment{
			Post:    getPost.Result,
			Content: action.Content,
		}
		if err := bus.Dispatch(c, addNewComment); err != nil {
			return c.Failure(err)
		}

		// For processing, restore the original content
		addNewComment.Result.Content = action.Content

		if err := bus.Dispatch(c, &cmd.SetAttachments{
			Post:        getPost.Result,
			Comment:     addNewComment.Result,
			Attachments: action.Attachments,
		}); err != nil {
			return c.Failure(err)
		}

		c.Enqueue(tasks.NotifyAboutNewComment(addNewComment.Result, getPost.Result))

		return c.Ok(web.Map{
			"id": addNewComment.Result.ID,
		})
	}
}

// UpdateComment changes an existing comment with new content
func UpdateComment() web.HandlerFunc {
	return func(c *web.Context) error {
		action := new(actions.EditComment)
		if result := c.BindTo(action); !result.Ok {
			return c.HandleValidation(result)
		}

		getPost := &query.GetPostByID{PostID: action.Post.ID}
		if err := bus.Dispatch(c, getPost); err != nil {
			return c.Failure(err)
		}

		comment := &entity.Comment{
			ID:      action.ID,
			Content: action.Content,
		}

		// UPDATE comments (row lock on the comment until commit) runs before SetAttachments
		err := bus.Dispatch(c,
			&cmd.UploadImages{
				Images: action.Attachments,
				Folder: "attachments",
			},
			&cmd.UpdateComment{
				CommentID: action.ID,
				Content:   action.Content,
			},
			&cmd.SetAttachments{
				Post:        action.Post,
				Comment:     action.Comment,
				Attachments: action.Attachments,
			},
		)
		if err != nil {
			return c.Failure(err)
		}

		c.Enqueue(tasks.NotifyAboutUpdatedComment(getPost.Result, comment))

		return c.Ok(web.Map{})
	}
}

func ToggleVote() web.HandlerFunc {
	return func(c *web.Context) error {
		number, err := c.ParamAsInt("number")
		if err != nil {
			return c.NotFound()
		}

		getPost := &query.GetPostByNumber{Number: number}
		if err := bus.Dispatch(c, getPost); err != nil {
			return c.Failure(err)
		}

		if getPost.Result == nil {
			return c.NotFound()
		}

		listVotes := &query.ListPostVotes{PostID: getPost.Result.ID}
		if err := bus.Dispatch(c, listVotes); err != nil { // safe: AddVote is INSERT ... ON CONFLICT DO NOTHING on post_votes_pkey (user_id, post_id)
			return c.Failure(err)
		}

		hasVoted := false
		for _, vote := range listVotes.Result {
			if vote.User.ID == c.User().ID {
				hasVoted = true
				break
			}
		}

		if hasVoted {
			err := bus.Dispatch(c, &cmd.RemoveVote{Post: getPost.Result, User: c.User()})
			if err != nil {
				return c.Failure(err)
			}
			return c.Ok(web.Map{"voted": false})
		}

		err = bus.Dispatch(c, &cmd.AddVote{Post: getPost.Result, User: c.User()})
		if err != nil {
			return c.Failure(err)
		}
		return c.Ok(web.Map{"voted": true})
	}
}
