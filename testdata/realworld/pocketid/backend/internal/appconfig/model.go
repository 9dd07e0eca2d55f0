// Package appconfig reproduces pocket-id/pocket-id d258d952b157 backend/internal/appconfig (only the fields used here).
package appconfig

// AppConfigVariable is a minimal stand-in for the upstream declaration of the same name.
// AppConfigVariable is a string-typed configuration value.
type AppConfigVariable string

// IsTrue is a minimal stand-in for the upstream declaration of the same name.
// IsTrue reports whether the variable is "true".
func (v AppConfigVariable) IsTrue() bool { return v == "true" }

// AppConfigModel is backend/internal/appconfig/model.go (trimmed).
type AppConfigModel struct {
	RequireUserEmail    AppConfigVariable
	LdapEnabled         AppConfigVariable
	LdapSoftDeleteUsers AppConfigVariable
	AllowOwnAccountEdit AppConfigVariable
	EmailsVerified      AppConfigVariable
}
