// Package template is a trimmed copy of github.com/drone/drone/store/template
// (template.go and scan.go).
package template

import (
	"context"

	"example.com/heldout/drone/core"
	"example.com/heldout/drone/store/shared/db"
)

// New returns a new Template database store.
func New(db *db.DB) core.TemplateStore {
	return &templateStore{
		db: db,
	}
}

type templateStore struct {
	db *db.DB
}

func (s *templateStore) FindName(ctx context.Context, name string, namespace string) (*core.Template, error) {
	out := &core.Template{Name: name, Namespace: namespace}
	err := s.db.View(func(queryer db.Queryer, binder db.Binder) error {
		params, err := toParams(out)
		if err != nil {
			return err
		}

		query, args, err := binder.BindNamed(queryName, params)

		if err != nil {
			return err
		}
		row := queryer.QueryRow(query, args...)
		return scanRow(row, out)
	})
	return out, err
}

func (s *templateStore) Update(ctx context.Context, template *core.Template) error {
	return s.db.Lock(func(execer db.Execer, binder db.Binder) error {
		params, err := toParams(template)
		if err != nil {
			return err
		}
		stmt, args, err := binder.BindNamed(stmtUpdate, params)
		if err != nil {
			return err
		}
		_, err = execer.Exec(stmt, args...)
		return err
	})
}

func toParams(template *core.Template) (map[string]interface{}, error) {
	return map[string]interface{}{
		"template_id":        template.Id,
		"template_name":      template.Name,
		"template_namespace": template.Namespace,
		"template_data":      template.Data,
		"template_created":   template.Created,
		"template_updated":   template.Updated,
	}, nil
}

func scanRow(scanner db.Scanner, dst *core.Template) error {
	return scanner.Scan(
		&dst.Id,
		&dst.Name,
		&dst.Namespace,
		&dst.Data,
		&dst.Created,
		&dst.Updated,
	)
}

const queryBase = `
SELECT
 template_id
,template_name
,template_namespace
,template_data
,template_created
,template_updated
`

const queryName = queryBase + `
FROM templates
WHERE template_name = :template_name
AND template_namespace = :template_namespace
LIMIT 1
`

const stmtUpdate = `
UPDATE templates SET
template_name = :template_name
,template_namespace = :template_namespace
,template_data = :template_data
,template_updated = :template_updated
WHERE template_id = :template_id
`
