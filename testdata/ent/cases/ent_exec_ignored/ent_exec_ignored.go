// The create's error is ignored, and stays ignored after the retry.
package ent_exec_ignored

import (
	"context"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/tag"
)

func Ensure(ctx context.Context, client *entplain.Client, slug string) {
	if ok, _ := client.Tag.Query().Where(tag.Slug(slug)).Exist(ctx); !ok {
		client.Tag.Create().SetSlug(slug).SetName(slug).Exec(ctx)
	}
}
