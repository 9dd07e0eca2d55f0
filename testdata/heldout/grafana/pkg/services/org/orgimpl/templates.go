package orgimpl

import (
	"embed"
	"text/template"
)

// Upstream: pkg/services/org/orgimpl/templates.go (trimmed to the two
// templates used here). org_user_exists.sql is copied verbatim;
// org_exists.sql was not read and is reconstructed from its query struct.

//go:embed queries/*.sql
var sqlTemplatesFS embed.FS

var sqlTemplates = template.Must(template.New("sql").ParseFS(sqlTemplatesFS, `queries/*.sql`))

func mustTemplate(filename string) *template.Template {
	if t := sqlTemplates.Lookup(filename); t != nil {
		return t
	}
	panic("template file not found: " + filename)
}

var (
	orgExistsTemplate     = mustTemplate("org_exists.sql")
	orgUserExistsTemplate = mustTemplate("org_user_exists.sql")
)
