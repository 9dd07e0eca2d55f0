// Create functions that read besides their insert (homebox's
// TagRepository.Create: the parent must exist, and the new row is read
// back): they are creates all the same, since no read decides the insert
// by finding nothing. A function that creates whatever the lookup found
// is not the lookup's create: the walk goes on to the one it decides.
package create_checks

import (
	"context"
	"errors"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/tag"
)

// TagView is what the repository answers with.
type TagView struct {
	ID   int
	Slug string
}

var ErrNoOwner = errors.New("owner not found")

type Repo struct{ client *entplain.Client }

// createDefault creates the default tag, whatever was found before.
func (r *Repo) createDefault(ctx context.Context, name string) error {
	if err := r.client.Tag.Create().SetName(name).SetSlug(name + "-default").Exec(ctx); err != nil {
		return err
	}
	return r.client.Tag.Create().SetName(name).SetSlug(name + "-extra").Exec(ctx)
}

// Seed creates the default tags on every path, then the tag the lookup
// missed: the second create is the race.
func (r *Repo) Seed(ctx context.Context, slug string) error {
	found, err := r.client.Tag.Query().Where(tag.Slug(slug)).Exist(ctx)
	if err != nil {
		return err
	}
	if err := r.createDefault(ctx, slug); err != nil {
		return err
	}
	if !found {
		return r.client.Tag.Create().SetName(slug).SetSlug(slug).Exec(ctx)
	}
	return nil
}

// CreateTag checks the owner exists (unless the tag stands alone),
// inserts the tag, and reads it back.
func (r *Repo) CreateTag(ctx context.Context, slug string, standalone bool, owner int) (*entplain.Tag, error) {
	if !standalone {
		_, err := r.client.User.Get(ctx, owner)
		if err != nil {
			if entplain.IsNotFound(err) {
				return nil, ErrNoOwner
			}
			return nil, err
		}
	}
	t, err := r.client.Tag.Create().SetName(slug).SetSlug(slug).Save(ctx)
	if err != nil {
		return nil, err
	}
	return r.client.Tag.Get(ctx, t.ID)
}

// TagFor returns the tag with slug, created for owner when missing:
// fixed through CreateTag.
func (r *Repo) TagFor(ctx context.Context, slug string, standalone bool, owner int) (int, error) {
	t, err := r.client.Tag.Query().Where(tag.Slug(slug)).Only(ctx)
	if entplain.IsNotFound(err) {
		t, err = r.CreateTag(ctx, slug, standalone, owner)
	}
	if err != nil {
		return 0, err
	}
	return t.ID, nil
}

var mapTags = func(rows []*entplain.Tag, err error) ([]TagView, error) {
	if err != nil {
		return nil, err
	}
	out := make([]TagView, 0, len(rows))
	for _, t := range rows {
		out = append(out, TagView{ID: t.ID, Slug: t.Slug})
	}
	return out, nil
}

// All lists the tags through a mapper of rows and their error.
func (r *Repo) All(ctx context.Context) ([]TagView, error) {
	return mapTags(r.client.Tag.Query().All(ctx))
}

// Import creates the tags missing from the list: the preloaded-rows race.
func (r *Repo) Import(ctx context.Context, slugs []string) error {
	tags, err := r.All(ctx)
	if err != nil {
		return err
	}
	bySlug := map[string]int{}
	for _, t := range tags {
		bySlug[t.Slug] = t.ID
	}
	for _, s := range slugs {
		if _, ok := bySlug[s]; !ok {
			if err := r.client.Tag.Create().SetName(s).SetSlug(s).Exec(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}
