package postgres

// Reproduces github.com/getfider/fider/app/services/sqlstore/postgres/attachment.go
// (getAttachments left out). Schema: attachments (id serial, primary key (id) only,
// 201901130830_attachments.sql:1-13); no unique key on
// (tenant_id, post_id, comment_id, attachment_bkey).

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"example.com/heldout/fider/app/models/cmd"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/query"
	"example.com/heldout/fider/app/pkg/bus"
	"example.com/heldout/fider/app/pkg/dbx"
	"example.com/heldout/fider/app/pkg/errors"
	"example.com/heldout/fider/app/pkg/rand"
	"example.com/heldout/fider/app/services/blob"
)

func setAttachments(ctx context.Context, c *cmd.SetAttachments) error {
	return using(ctx, func(trx *dbx.Trx, tenant *entity.Tenant, user *entity.User) error {
		postID := c.Post.ID
		var commentID sql.NullInt64
		if c.Comment != nil {
			err := commentID.Scan(c.Comment.ID)
			if err != nil {
				return errors.Wrap(err, "failed scan comment id")
			}
		}

		for _, attachment := range c.Attachments {
			if attachment.Remove {
				if _, err := trx.Execute(
					"DELETE FROM attachments WHERE tenant_id = $1 AND post_id = $2 AND (comment_id = $3 OR ($3 IS NULL AND comment_id IS NULL)) AND attachment_bkey = $4",
					tenant.ID, postID, commentID, attachment.BlobKey,
				); err != nil {
					return errors.Wrap(err, "failed to delete attachment")
				}
			} else {
				// Use a conditional INSERT that only adds the attachment if it doesn't already exist
				// (upstream attachment.go:39-53). The NOT EXISTS sub-select alone would not stop two
				// concurrent transactions, and attachments has no unique key, but every caller either
				// attaches to a post/comment created in the same transaction (apiv1 CreatePost :116,
				// PostComment :361) or dispatches it right after UPDATE posts / UPDATE comments of that
				// row in the same transaction (UpdatePost :180-186, UpdateComment :396-410), whose row
				// lock is held until commit
				if _, err := trx.Execute( // safe: callers hold the row lock of the post/comment (UPDATE in the same transaction) or own a freshly inserted post/comment
					`
					INSERT INTO attachments (tenant_id, post_id, comment_id, user_id, attachment_bkey)
					SELECT $1, $2, $3, $4, $5
					WHERE NOT EXISTS (
						SELECT 1 FROM attachments
						WHERE tenant_id = $6
						AND post_id = $7
						AND (comment_id = $8 OR ($8 IS NULL AND comment_id IS NULL))
						AND attachment_bkey = $9
					)
				`, tenant.ID, postID, commentID, user.ID, attachment.BlobKey,
					tenant.ID, postID, commentID, attachment.BlobKey); err != nil {
					return errors.Wrap(err, "failed to insert attachment")
				}
			}
		}

		return nil
	})
}

func uploadImage(ctx context.Context, c *cmd.UploadImage) error {
	if c.Image.Upload != nil && len(c.Image.Upload.Content) > 0 {
		// Regenerate key if empty or wrong folder prefix (prevents cross-folder overwrites)
		if c.Image.BlobKey == "" || !strings.HasPrefix(c.Image.BlobKey, c.Folder+"/") {
			c.Image.BlobKey = fmt.Sprintf("%s/%s-%s", c.Folder, rand.String(64), blob.SanitizeFileName(c.Image.Upload.FileName))
		}

		// If a blob already exists at this key, generate a new key to prevent overwriting
		existsQ := &query.GetBlobByKey{Key: c.Image.BlobKey}
		if err := bus.Dispatch(ctx, existsQ); err == nil { // safe: found switches to a fresh random key; the write (sql blob storage) is INSERT ... ON CONFLICT (tenant_id, key) DO UPDATE on blobs unique (tenant_id, key)
			c.Image.BlobKey = fmt.Sprintf("%s/%s-%s", c.Folder, rand.String(64), blob.SanitizeFileName(c.Image.Upload.FileName))
		}

		err := bus.Dispatch(ctx, &cmd.StoreBlob{
			Key:         c.Image.BlobKey,
			Content:     c.Image.Upload.Content,
			ContentType: c.Image.Upload.ContentType,
		})
		if err != nil {
			return errors.Wrap(err, "failed to upload new blob")
		}
	}
	return nil
}

func uploadImages(ctx context.Context, c *cmd.UploadImages) error {
	for _, img := range c.Images {
		if err := bus.Dispatch(ctx, &cmd.UploadImage{
			Image:  img,
			Folder: c.Folder,
		}); err != nil {
			return err
		}
	}
	return nil
}
