package postgres

// Reproduces github.com/getfider/fider/app/services/sqlstore/postgres/comment.go
// (addNewComment, updateComment, toggleCommentReaction; getCommentByID trimmed). Schema: reactions (id serial PK; CONSTRAINT unique_reaction
// UNIQUE (comment_id, user_id, emoji), 202410122105_create_reactions_up.sql:11).

import (
	"context"
	"time"

	"example.com/heldout/fider/app/models/cmd"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/query"
	"example.com/heldout/fider/app/pkg/dbx"
	"example.com/heldout/fider/app/pkg/errors"
	"example.com/heldout/fider/app/services/sqlstore/dbEntities"
)

func addNewComment(ctx context.Context, c *cmd.AddNewComment) error {
	return using(ctx, func(trx *dbx.Trx, tenant *entity.Tenant, user *entity.User) error {
		isApproved := !tenant.IsModerationEnabled || !user.RequiresModeration()
		var id int
		if err := trx.Get(&id, `
			INSERT INTO comments (tenant_id, post_id, content, user_id, created_at, is_approved) 
			VALUES ($1, $2, $3, $4, $5, $6) 
			RETURNING id
		`, tenant.ID, c.Post.ID, c.Content, user.ID, time.Now(), isApproved); err != nil {
			return errors.Wrap(err, "failed add new comment")
		}

		q := &query.GetCommentByID{CommentID: id}
		if err := getCommentByID(ctx, q); err != nil {
			return err
		}
		c.Result = q.Result

		return nil
	})
}

func toggleCommentReaction(ctx context.Context, c *cmd.ToggleCommentReaction) error {
	return using(ctx, func(trx *dbx.Trx, tenant *entity.Tenant, user *entity.User) error {
		var added bool
		err := trx.Scalar(&added, // safe: one statement: INSERT ... ON CONFLICT (comment_id, user_id, emoji) DO NOTHING on unique_reaction, the DELETE only runs when the insert did nothing
			`
			WITH toggle_reaction AS (
				INSERT INTO reactions (comment_id, user_id, emoji, created_on)
				VALUES ($1, $2, $3, $4)
				ON CONFLICT (comment_id, user_id, emoji) DO NOTHING
				RETURNING true AS added
			),
			delete_existing AS (
				DELETE FROM reactions
				WHERE comment_id = $1 AND user_id = $2 AND emoji = $3
				AND NOT EXISTS (SELECT 1 FROM toggle_reaction)
				RETURNING false AS added
			)
			SELECT COALESCE(
				(SELECT added FROM toggle_reaction),
				(SELECT added FROM delete_existing),
				false
			)
		`, c.Comment.ID, user.ID, c.Emoji, time.Now())

		if err != nil {
			return errors.Wrap(err, "failed to toggle reaction")
		}

		c.Result = added
		return nil
	})
}

func updateComment(ctx context.Context, c *cmd.UpdateComment) error {
	return using(ctx, func(trx *dbx.Trx, tenant *entity.Tenant, user *entity.User) error {
		_, err := trx.Execute(`
			UPDATE comments SET content = $1, edited_at = $2, edited_by_id = $3 
			WHERE id = $4 AND tenant_id = $5`, c.Content, time.Now(), user.ID, c.CommentID, tenant.ID)
		if err != nil {
			return errors.Wrap(err, "failed update comment")
		}
		return nil
	})
}

func getCommentByID(ctx context.Context, q *query.GetCommentByID) error {
	return using(ctx, func(trx *dbx.Trx, tenant *entity.Tenant, user *entity.User) error {
		q.Result = nil

		query := `SELECT c.id, 
							c.content, 
							c.created_at, 
							c.is_approved,
							u.id AS user_id, 
							u.name AS user_name,
							u.email AS user_email,
							u.role AS user_role, 
							u.status AS user_status
			FROM comments c
			INNER JOIN users u
			ON u.id = c.user_id
			AND u.tenant_id = c.tenant_id
			WHERE c.id = $1
			AND c.tenant_id = $2
			AND c.deleted_at IS NULL`

		comment := dbEntities.Comment{}
		err := trx.Get(&comment,
			query, q.CommentID, tenant.ID)

		if err != nil {
			return err
		}

		q.Result = comment.ToModel(ctx)
		return nil
	})
}
