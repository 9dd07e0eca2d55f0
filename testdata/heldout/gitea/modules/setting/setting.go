// Package setting is trimmed from code.gitea.io/gitea/modules/setting.
package setting

// DatabaseType FIXME
type DatabaseType string

func (t DatabaseType) IsSQLite3() bool    { return t == "sqlite3" }
func (t DatabaseType) IsMySQL() bool      { return t == "mysql" }
func (t DatabaseType) IsMSSQL() bool      { return t == "mssql" }
func (t DatabaseType) IsPostgreSQL() bool { return t == "postgres" }

// Database holds the database settings
var Database = struct {
	Type DatabaseType
}{Type: "postgres"}

// Service settings
var Service = struct {
	RegisterEmailConfirm           bool
	DefaultKeepEmailPrivate        bool
	DefaultAllowCreateOrganization bool
}{}

// UI settings
var UI = struct {
	Reactions    []string
	ReactionsMap map[string]bool
	DefaultTheme string
}{
	Reactions:    []string{"+1", "-1", "laugh", "hooray", "confused", "heart", "rocket", "eyes"},
	ReactionsMap: map[string]bool{"+1": true, "-1": true, "laugh": true, "hooray": true, "confused": true, "heart": true, "rocket": true, "eyes": true},
}

// SecretKey is the key used to encrypt secrets
var SecretKey = "secret"
