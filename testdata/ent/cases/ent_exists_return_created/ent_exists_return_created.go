// An exists check that reports whether this call created the row.
package ent_exists_return_created

import (
	"context"

	"example.com/entcases/entup"
	"example.com/entcases/entup/tag"
)

func Ensure(ctx context.Context, client *entup.Client, slug string) (bool, error) {
	ok, err := client.Tag.Query().Where(tag.Slug(slug)).Exist(ctx)
	if err != nil {
		return false, err
	}
	if ok {
		return false, nil
	}
	if err := client.Tag.Create().SetSlug(slug).SetName(slug).Exec(ctx); err != nil {
		return false, err
	}
	return true, nil
}
