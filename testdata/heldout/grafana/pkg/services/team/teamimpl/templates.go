package teamimpl

import (
	"embed"
	"text/template"
)

// Upstream: pkg/services/team/teamimpl/templates.go (trimmed).
// is_team_member.sql is copied verbatim; team_exists.sql was not read and is
// reconstructed from its query struct.

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
	isTeamMemberTemplate = mustTemplate("is_team_member.sql")
	teamExistsTemplate   = mustTemplate("team_exists.sql")
)
