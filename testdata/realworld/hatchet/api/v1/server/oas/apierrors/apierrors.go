// Package apierrors is a reduced copy of hatchet api/v1/server/oas/apierrors.
package apierrors

import "example.com/realworld/hatchet/api/v1/server/oas/gen"

// NewAPIErrors returns an APIErrors body holding one description.
func NewAPIErrors(description string) gen.APIErrors {
	return gen.APIErrors{Errors: []gen.APIError{{Description: description}}}
}
