// Package middleware reproduces the context keys of backend/middleware/jwt.go:305-306.
package middleware

const ORGANISATION_ID_KEY = "organisation_ID"
const ORGANISATION_SOURCE_KEY = "organisation_Source"
