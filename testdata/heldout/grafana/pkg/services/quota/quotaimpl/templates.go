package quotaimpl

import (
	"embed"
	"text/template"
)

// Upstream: pkg/services/quota/quotaimpl/templates.go (trimmed).
// find_quota.sql and insert_quota.sql are copied verbatim; update_quota.sql
// was not read and is reconstructed from its query struct.

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
	findQuotaTemplate   = mustTemplate("find_quota.sql")
	insertQuotaTemplate = mustTemplate("insert_quota.sql")
	updateQuotaTemplate = mustTemplate("update_quota.sql")
)
