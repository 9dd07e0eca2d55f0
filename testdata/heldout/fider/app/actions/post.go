package actions

// Reproduces github.com/getfider/fider/app/actions/post.go (CreateNewPost and
// UpdatePost, trimmed: attachment validation and i18n left out).

import (
	"context"
	"regexp"
	"strings"
	"time"

	"example.com/heldout/fider/app/models/dto"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/query"
	"example.com/heldout/fider/app/pkg/bus"
	"example.com/heldout/fider/app/pkg/env"
	"example.com/heldout/fider/pkg/slug"

	"example.com/heldout/fider/app"
	"example.com/heldout/fider/app/pkg/errors"
	"example.com/heldout/fider/app/pkg/validate"
)

// CreateNewPost is used to create a new post
type CreateNewPost struct {
	Title       string             `json:"title"`
	Description string             `json:"description"`
	TagSlugs    []string           `json:"tags"`
	Attachments []*dto.ImageUpload `json:"attachments"`

	Tags []*entity.Tag
}

// OnPreExecute prefetches Tags for later use
func (input *CreateNewPost) OnPreExecute(ctx context.Context) error {
	if env.Config.PostCreationWithTagsEnabled {
		input.Tags = make([]*entity.Tag, 0, len(input.TagSlugs))
		for _, slug := range input.TagSlugs {
			getTag := &query.GetTagBySlug{Slug: slug}
			if err := bus.Dispatch(ctx, getTag); err != nil {
				break
			}

			input.Tags = append(input.Tags, getTag.Result)
		}
	}

	return nil
}

// IsAuthorized returns true if current user is authorized to perform this action
func (action *CreateNewPost) IsAuthorized(ctx context.Context, user *entity.User) bool {
	return user != nil
}

// Validate if current model is valid
func (action *CreateNewPost) Validate(ctx context.Context, user *entity.User) *validate.Result {
	result := validate.Success()

	re := regexp.MustCompile(`\s+`)
	normalizedTitle := strings.TrimSpace(re.ReplaceAllString(action.Title, " "))

	if normalizedTitle == "" {
		result.AddFieldFailure("title", propertyIsRequired(ctx, "title"))
	} else if len(normalizedTitle) < 10 {
		result.AddFieldFailure("title", "Title needs to be more descriptive.")
	} else if len(normalizedTitle) > 100 {
		result.AddFieldFailure("title", "Title must have less than 100 characters.")
	} else if env.Config.PostCreationWithTagsEnabled && len(action.TagSlugs) != len(action.Tags) {
		result.AddFieldFailure("tags", "tags is invalid.")
	} else {
		// upstream actions/post.go:81-86 -> postgres getPostBySlug (post.go:319, "p.tenant_id = $1 AND
		// p.slug = $2", deleted posts excluded); not found -> apiv1.CreatePost AddNewPost (post.go:243
		// INSERT INTO posts ... slug); post_slug_tenant_key ON posts (tenant_id, slug) WHERE status <> 6
		err := bus.Dispatch(ctx, &query.GetPostBySlug{Slug: slug.Make(action.Title)}) // race
		if err != nil && errors.Cause(err) != app.ErrNotFound {
			return validate.Error(err)
		} else if err == nil {
			result.AddFieldFailure("title", "This has already been posted before.")
		}
	}

	return result
}

// UpdatePost is used to edit an existing new post
type UpdatePost struct {
	Number      int                `route:"number"`
	Title       string             `json:"title"`
	Description string             `json:"description"`
	Attachments []*dto.ImageUpload `json:"attachments"`

	Post *entity.Post
}

// OnPreExecute prefetches Post for later use
func (input *UpdatePost) OnPreExecute(ctx context.Context) error {
	getPost := &query.GetPostByNumber{Number: input.Number}
	if err := bus.Dispatch(ctx, getPost); err != nil {
		return err
	}

	input.Post = getPost.Result
	return nil
}

// IsAuthorized returns true if current user is authorized to perform this action
func (input *UpdatePost) IsAuthorized(ctx context.Context, user *entity.User) bool {
	if user.IsCollaborator() {
		return true
	}

	timeAgo := time.Now().UTC().Sub(input.Post.CreatedAt)
	return input.Post.User.ID == user.ID && timeAgo <= 1*time.Hour
}

// Validate if current model is valid
func (action *UpdatePost) Validate(ctx context.Context, user *entity.User) *validate.Result {
	result := validate.Success()

	if action.Title == "" {
		result.AddFieldFailure("title", propertyIsRequired(ctx, "title"))
	} else if len(action.Title) < 10 {
		result.AddFieldFailure("title", "Title needs to be more descriptive.")
	} else if len(action.Title) > 100 {
		result.AddFieldFailure("title", "Title must have less than 100 characters.")
	}

	postBySlug := &query.GetPostBySlug{Slug: slug.Make(action.Title)}
	err := bus.Dispatch(ctx, postBySlug) // safe: the slug lookup only guards an UPDATE of the existing post (updatePost, post.go:269); nothing is inserted
	if err != nil && errors.Cause(err) != app.ErrNotFound {
		return validate.Error(err)
	} else if err == nil && postBySlug.Result.ID != action.Post.ID {
		result.AddFieldFailure("title", "This has already been posted before.")
	}

	return result
}

// AddNewComment represents a new comment to be added
type AddNewComment struct {
	Number      int                `route:"number"`
	Content     string             `json:"content"`
	Attachments []*dto.ImageUpload `json:"attachments"`
}

// IsAuthorized returns true if current user is authorized to perform this action
func (action *AddNewComment) IsAuthorized(ctx context.Context, user *entity.User) bool {
	return user != nil
}

// Validate if current model is valid
func (action *AddNewComment) Validate(ctx context.Context, user *entity.User) *validate.Result {
	result := validate.Success()

	if action.Content == "" {
		result.AddFieldFailure("content", propertyIsRequired(ctx, "comment"))
	}

	return result
}

// EditComment represents the action to update an existing comment
type EditComment struct {
	PostNumber  int                `route:"number"`
	ID          int                `route:"id"`
	Content     string             `json:"content"`
	Attachments []*dto.ImageUpload `json:"attachments"`

	Post    *entity.Post
	Comment *entity.Comment
}

// IsAuthorized returns true if current user is authorized to perform this action
func (action *EditComment) IsAuthorized(ctx context.Context, user *entity.User) bool {
	postByNumber := &query.GetPostByNumber{Number: action.PostNumber}
	commentByID := &query.GetCommentByID{CommentID: action.ID}
	if err := bus.Dispatch(ctx, postByNumber, commentByID); err != nil {
		return false
	}

	action.Post = postByNumber.Result
	action.Comment = commentByID.Result
	return user.ID == action.Comment.User.ID || user.IsCollaborator()
}

// Validate if current model is valid
func (action *EditComment) Validate(ctx context.Context, user *entity.User) *validate.Result {
	result := validate.Success()

	if action.Content == "" {
		result.AddFieldFailure("content", propertyIsRequired(ctx, "comment"))
	}

	return result
}
