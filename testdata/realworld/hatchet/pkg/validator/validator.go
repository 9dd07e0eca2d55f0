// Package validator is a reduced copy of hatchet pkg/validator.
package validator

// APIErrors is a reduced stand-in of the OpenAPI error list.
type APIErrors struct {
	Errors []string
}

// Validator is hatchet's validator interface (pkg/validator/validator.go).
type Validator interface {
	Validate(s interface{}) error
	ValidateAPI(s interface{}) (*APIErrors, error)
}
