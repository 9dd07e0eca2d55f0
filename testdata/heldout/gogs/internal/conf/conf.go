// Package conf is internal/conf, reduced to the settings the reproduced code
// reads.
package conf

// Auth is internal/conf/static.go Auth, reduced.
var Auth struct {
	RequireEmailConfirmation           bool
	EnableReverseProxyAuthentication   bool
	EnableReverseProxyAutoRegistration bool
	ReverseProxyAuthenticationHeader   string
}

// SSH is internal/conf/static.go SSH, reduced.
var SSH struct {
	StartBuiltinServer bool
	KeygenPath         string
}

// Server is internal/conf/static.go Server, reduced.
var Server struct {
	Subpath string
}

// UsePostgreSQL is set when the database type is postgres.
var UsePostgreSQL bool

// Repository is internal/conf/static.go Repository, reduced.
var Repository struct {
	Root string
}
