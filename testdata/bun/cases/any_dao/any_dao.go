// A data layer written once for every model (paralus's internal/dao):
// its helpers take the model as `entity interface{}` and the services
// pass theirs. The lookup's key is read in the helper, the model at each
// call.
package any_dao

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/uptrace/bun"
)

type Project struct {
	bun.BaseModel `bun:"table:projects"`
	ID            int64  `bun:"id,pk,autoincrement"`
	Name          string `bun:"name,unique"`
	Owner         string `bun:"owner"`
}

type Group struct {
	bun.BaseModel `bun:"table:groups"`
	ID            int64  `bun:"id,pk,autoincrement"`
	Name          string `bun:"name,unique"`
	Org           string `bun:"org"`
}

// Create inserts any model.
func Create(ctx context.Context, db bun.IDB, entity interface{}) (interface{}, error) {
	if _, err := db.NewInsert().Model(entity).Exec(ctx); err != nil {
		return nil, err
	}
	return entity, nil
}

// GetByName finds any model by its name.
func GetByName(ctx context.Context, db bun.IDB, name string, entity interface{}) (interface{}, error) {
	err := db.NewSelect().Model(entity).Where("name = ?", name).Scan(ctx)
	if err != nil {
		return nil, err
	}
	return entity, nil
}

// GetByNameOrg narrows by org when it is given: its key depends on the
// call.
func GetByNameOrg(ctx context.Context, db bun.IDB, name, org string, entity interface{}) (interface{}, error) {
	q := db.NewSelect().Model(entity)
	if org != "" {
		q = q.Where("org = ?", org)
	}
	if err := q.Where("name = ?", name).Scan(ctx); err != nil {
		return nil, err
	}
	return entity, nil
}

type Service struct{ db *bun.DB }

// CreateProject refuses a name in use: the loser of a race must get
// "already exists" too.
func (s *Service) CreateProject(ctx context.Context, name, owner string) (*Project, error) {
	p, _ := GetByName(ctx, s.db, name, &Project{})
	if p != nil {
		return nil, fmt.Errorf("project %q already exists", name)
	}
	proj := Project{Name: name, Owner: owner}
	if _, err := Create(ctx, s.db, &proj); err != nil {
		return nil, err
	}
	return &proj, nil
}

// EnsureProject tests the error instead.
func (s *Service) EnsureProject(ctx context.Context, name string) error {
	var p Project
	_, err := GetByName(ctx, s.db, name, &p)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = Create(ctx, s.db, &Project{Name: name})
	}
	return err
}

// CreateGroup: reported, not fixed (the key depends on org).
func (s *Service) CreateGroup(ctx context.Context, name, org string) error {
	g, _ := GetByNameOrg(ctx, s.db, name, org, &Group{})
	if g != nil {
		return fmt.Errorf("group %q already exists", name)
	}
	_, err := Create(ctx, s.db, &Group{Name: name, Org: org})
	return err
}

// Rename only reads: no create after it.
func (s *Service) Rename(ctx context.Context, name, to string) error {
	p, err := GetByName(ctx, s.db, name, &Project{})
	if err != nil {
		return err
	}
	proj := p.(*Project)
	proj.Name = to
	_, err = s.db.NewUpdate().Model(proj).WherePK().Exec(ctx)
	return err
}

// GetByOwner finds any model by its owner.
func GetByOwner(ctx context.Context, db bun.IDB, owner string, entity interface{}) (interface{}, error) {
	if err := db.NewSelect().Model(entity).Where("owner = ?", owner).Scan(ctx); err != nil {
		return nil, err
	}
	return entity, nil
}

// CreateSole checks the name, then drops a second lookup's error and
// tests the row it filled: the second lookup decides nothing of the
// name's (paralus's idpService.Create), so the first is the site.
func (s *Service) CreateSole(ctx context.Context, name, owner string) error {
	p, _ := GetByName(ctx, s.db, name, &Project{})
	if p != nil {
		return fmt.Errorf("project %q already exists", name)
	}
	other := &Project{}
	GetByOwner(ctx, s.db, owner, other)
	if other.Owner == owner {
		return fmt.Errorf("owner %q has a project", owner)
	}
	_, err := Create(ctx, s.db, &Project{Name: name, Owner: owner})
	return err
}
