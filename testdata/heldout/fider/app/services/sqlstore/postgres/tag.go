package postgres

// Reproduces github.com/getfider/fider/app/services/sqlstore/postgres/tag.go (trimmed).
// Schema: tags (id serial PK; tag_slug_tenant_key ON tags (tenant_id, slug),
// 201711181740_create_uniq_indexes.up.sql:2); post_tags (created as idea_tags with
// primary key (tag_id, idea_id), 201711152138_create_tags.up.sql:17; renamed to
// post_tags / post_tags_pkey, 201808152020_rename_idea_post.sql:14,21).

import (
	"context"
	"fmt"
	"time"

	"example.com/heldout/fider/app/models/cmd"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/query"
	"example.com/heldout/fider/app/pkg/dbx"
	"example.com/heldout/fider/app/pkg/errors"
	"example.com/heldout/fider/app/services/sqlstore/dbEntities"
	"example.com/heldout/fider/pkg/slug"
)

func getTagBySlug(ctx context.Context, q *query.GetTagBySlug) error {
	return using(ctx, func(trx *dbx.Trx, tenant *entity.Tenant, user *entity.User) error {
		tag, err := queryTagBySlug(trx, tenant, q.Slug)
		q.Result = tag
		return err
	})
}

func getAllTags(ctx context.Context, q *query.GetAllTags) error {
	return using(ctx, func(trx *dbx.Trx, tenant *entity.Tenant, user *entity.User) error {
		q.Result = make([]*entity.Tag, 0)

		condition := `AND t.is_public = true`
		if user != nil && user.IsCollaborator() {
			condition = ``
		}

		query := fmt.Sprintf(`
			SELECT t.id, t.name, t.slug, t.color, t.is_public 
			FROM tags t
			WHERE t.tenant_id = $1 %s
			ORDER BY t.name
		`, condition)
		tags, err := queryTags(trx, query, tenant.ID)
		if err != nil {
			return errors.Wrap(err, "failed get all tags")
		}

		q.Result = tags
		return nil
	})
}

func addNewTag(ctx context.Context, c *cmd.AddNewTag) error {
	return using(ctx, func(trx *dbx.Trx, tenant *entity.Tenant, user *entity.User) error {
		c.Result = nil
		newSlug := slug.Make(c.Name)

		_, err := trx.Execute(`
			INSERT INTO tags (name, slug, color, is_public, created_at, tenant_id) 
			VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
		`, c.Name, newSlug, c.Color, c.IsPublic, time.Now(), tenant.ID)
		if err != nil {
			return errors.Wrap(err, "failed to add new tag")
		}

		tag, err := queryTagBySlug(trx, tenant, newSlug)
		c.Result = tag
		return err
	})
}

func updateTag(ctx context.Context, c *cmd.UpdateTag) error {
	return using(ctx, func(trx *dbx.Trx, tenant *entity.Tenant, user *entity.User) error {
		c.Result = nil
		newSlug := slug.Make(c.Name)

		_, err := trx.Execute(`UPDATE tags SET name = $1, slug = $2, color = $3, is_public = $4
													 WHERE id = $5 AND tenant_id = $6`, c.Name, newSlug, c.Color, c.IsPublic, c.TagID, tenant.ID)
		if err != nil {
			return errors.Wrap(err, "failed to update tag")
		}

		tag, err := queryTagBySlug(trx, tenant, newSlug)
		c.Result = tag
		return err
	})
}

func assignTag(ctx context.Context, c *cmd.AssignTag) error {
	return using(ctx, func(trx *dbx.Trx, tenant *entity.Tenant, user *entity.User) error {
		// upstream tag.go:126-138; post_tags_pkey (tag_id, post_id) covers the looked-up pair
		// (tenant_id is implied by the post); a concurrent duplicate fails on it
		alreadyAssigned, err := trx.Exists("SELECT 1 FROM post_tags WHERE post_id = $1 AND tag_id = $2 AND tenant_id = $3", c.Post.ID, c.Tag.ID, tenant.ID) // race
		if err != nil {
			return errors.Wrap(err, "failed to check if tag is already assigned")
		}

		if alreadyAssigned {
			return nil
		}

		_, err = trx.Execute(
			`INSERT INTO post_tags (tag_id, post_id, created_at, created_by_id, tenant_id) VALUES ($1, $2, $3, $4, $5)`,
			c.Tag.ID, c.Post.ID, time.Now(), user.ID, tenant.ID,
		)

		if err != nil {
			return errors.Wrap(err, "failed to assign tag to post")
		}
		return nil
	})
}

func queryTagBySlug(trx *dbx.Trx, tenant *entity.Tenant, slug string) (*entity.Tag, error) {
	tag := dbEntities.Tag{}

	err := trx.Get(&tag, "SELECT id, name, slug, color, is_public FROM tags WHERE tenant_id = $1 AND slug = $2", tenant.ID, slug)
	if err != nil {
		return nil, errors.Wrap(err, "failed to get tag with slug '%s'", slug)
	}

	return tag.ToModel(), nil
}

func queryTags(trx *dbx.Trx, query string, args ...any) ([]*entity.Tag, error) {
	tags := []*dbEntities.Tag{}
	err := trx.Select(&tags, query, args...)
	if err != nil {
		return nil, err
	}

	var result = make([]*entity.Tag, len(tags))
	for i, tag := range tags {
		result[i] = tag.ToModel()
	}
	return result, nil
}
