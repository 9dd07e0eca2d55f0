package notuniqueent

import (
	"context"

	"example.com/entcases/entup"
	"example.com/entcases/entup/tag"
)

func TagFor(ctx context.Context, client *entup.Client, name string) (*entup.Tag, error) {
	t, err := client.Tag.Query().Where(tag.Name(name)).Only(ctx)
	if entup.IsNotFound(err) {
		t, err = client.Tag.Create().SetName(name).SetSlug(name).Save(ctx)
	}
	return t, err
}
