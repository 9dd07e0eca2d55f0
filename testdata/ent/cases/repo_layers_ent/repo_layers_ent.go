// Issue 18: ent behind repositories, fixed in the caller. The lookup and
// the create go through the module's own functions (a repository struct,
// an interface, a domain type built from the row), as in chainloop's
// biz/data layers and crowdsec's database client. The create is wrapped
// to run once, any failed insert goes back to the lookup once, and a
// lookup that fails on the way back is taken as not-found, so inside a
// transaction (a client from tx.Client()) the loser gets the insert's
// error, as before.
package repo_layers_ent

import (
	"context"
	"fmt"

	"example.com/entcases/entplain"
	"example.com/entcases/entplain/tag"
	"example.com/entcases/entplain/user"
)

// Account is the domain's user, built from the row.
type Account struct {
	ID    int
	Email string
}

type UserRepo interface {
	FindByEmail(ctx context.Context, email string) (*Account, error)
	CreateByEmail(ctx context.Context, email string) (*Account, error)
}

type userRepo struct{ client *entplain.Client }

// NewUserRepo returns the ent implementation.
func NewUserRepo(client *entplain.Client) UserRepo { return &userRepo{client: client} }

// FindByEmail returns nil, nil when no row matched.
func (r *userRepo) FindByEmail(ctx context.Context, email string) (*Account, error) {
	u, err := r.client.User.Query().Where(user.EmailEQ(email)).Only(ctx)
	if err != nil {
		if entplain.IsNotFound(err) {
			return nil, nil
		}
		return nil, err
	}
	return &Account{ID: u.ID, Email: u.Email}, nil
}

func (r *userRepo) CreateByEmail(ctx context.Context, email string) (*Account, error) {
	u, err := r.client.User.Create().SetEmail(email).Save(ctx)
	if err != nil {
		return nil, err
	}
	return &Account{ID: u.ID, Email: u.Email}, nil
}

// Upsert is chainloop's UpsertByEmail: through an interface whose
// implementation returns nil when no row matched.
func Upsert(ctx context.Context, client *entplain.Client, email string) (*Account, error) {
	repo := NewUserRepo(client)
	u, err := repo.FindByEmail(ctx, email)
	if err != nil {
		return nil, err
	}
	if u == nil {
		u, err = repo.CreateByEmail(ctx, email)
		if err != nil {
			return nil, fmt.Errorf("failed to create user: %w", err)
		}
	}
	return u, nil
}

// Tags is crowdsec's database client: a struct whose methods look up and
// create, the caller testing ent's not-found error.
type Tags struct{ Ent *entplain.Client }

func (c *Tags) BySlug(ctx context.Context, slug string) (*entplain.Tag, error) {
	return c.Ent.Tag.Query().Where(tag.SlugEQ(slug)).Only(ctx)
}

func (c *Tags) Create(ctx context.Context, slug, name string) (*entplain.Tag, error) {
	return c.Ent.Tag.Create().SetSlug(slug).SetName(name).Save(ctx)
}

// EnsureTag goes through both methods.
func EnsureTag(ctx context.Context, client *entplain.Client, slug string) (*entplain.Tag, error) {
	c := &Tags{Ent: client}
	t, err := c.BySlug(ctx, slug)
	if entplain.IsNotFound(err) {
		t, err = c.Create(ctx, slug, "tag "+slug)
	} else if err != nil {
		return nil, err
	}
	return t, err
}

// EnsureTagDirect looks up through the method and creates directly.
func EnsureTagDirect(ctx context.Context, client *entplain.Client, slug string) (*entplain.Tag, error) {
	c := &Tags{Ent: client}
	t, err := c.BySlug(ctx, slug)
	if err != nil && !entplain.IsNotFound(err) {
		return nil, err
	}
	if t != nil {
		return t, nil
	}
	return client.Tag.Create().SetSlug(slug).SetName(slug).Save(ctx)
}

// CreateNamed builds the create in a variable and sets the name only when
// given (chainloop's OrgInvitation.Create).
func (c *Tags) CreateNamed(ctx context.Context, slug string, name *string) (*entplain.Tag, error) {
	b := c.Ent.Tag.Create().SetSlug(slug)
	if name != nil {
		b.SetName(*name)
	} else {
		b.SetName(slug)
	}
	return b.Save(ctx)
}

// EnsureTagNamed goes through the builder-variable create.
func EnsureTagNamed(ctx context.Context, client *entplain.Client, slug string) (*entplain.Tag, error) {
	c := &Tags{Ent: client}
	t, err := c.BySlug(ctx, slug)
	if entplain.IsNotFound(err) {
		t, err = c.CreateNamed(ctx, slug, nil)
	} else if err != nil {
		return nil, err
	}
	return t, err
}

// withOrder hands the query back ordered (cloudreve's
// withUserEagerLoading): its rows are the query's.
func withOrder(q *entplain.TagQuery) *entplain.TagQuery {
	return q.Order(entplain.Asc(tag.FieldID)).Limit(1)
}

// EnsureTagOrdered looks up through the query helper.
func EnsureTagOrdered(ctx context.Context, client *entplain.Client, slug string) (*entplain.Tag, error) {
	t, err := withOrder(client.Tag.Query().Where(tag.SlugEQ(slug))).Only(ctx)
	if entplain.IsNotFound(err) {
		t, err = client.Tag.Create().SetSlug(slug).SetName(slug).Save(ctx)
	}
	return t, err
}

// AccountUseCase checks the email itself before it creates: a create of
// the domain type that looks the row up first (chainloop's
// OrgInvitationUseCase.Create).
type AccountUseCase struct{ repo UserRepo }

// ErrTaken is Register's found path.
var ErrTaken = fmt.Errorf("email taken")

// Register creates the account unless the email is taken.
func (uc *AccountUseCase) Register(ctx context.Context, email string) (*Account, error) {
	u, err := uc.repo.FindByEmail(ctx, email)
	if err != nil {
		return nil, err
	}
	if u != nil {
		return nil, ErrTaken
	}
	registrations++ // counted before the insert: Register itself is not fixed
	return uc.repo.CreateByEmail(ctx, email)
}

// registrations counts the accounts Register creates.
var registrations int

// Invite checks, then calls Register, which checks again: reported, and
// refused (the loser would take Register's found path, ErrTaken).
func Invite(ctx context.Context, client *entplain.Client, email string) (*Account, error) {
	uc := &AccountUseCase{repo: NewUserRepo(client)}
	u, err := uc.repo.FindByEmail(ctx, email)
	if err != nil {
		return nil, err
	}
	if u != nil {
		return u, nil
	}
	return uc.Register(ctx, email)
}
