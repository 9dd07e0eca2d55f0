// Package models reproduces the go-swagger generated request/response models
// of swagger_gen/models used here (validation methods trimmed).
package models

// Error reproduces swagger_gen/models/error.go.
type Error struct {
	Message *string `json:"message"`
}

// Flag reproduces swagger_gen/models/flag.go (trimmed).
type Flag struct {
	ID  int64  `json:"id,omitempty"`
	Key string `json:"key,omitempty"`
}

// Tag reproduces swagger_gen/models/tag.go.
type Tag struct {
	ID    int64   `json:"id,omitempty"`
	Value *string `json:"value"`
}

// Distribution reproduces swagger_gen/models/distribution.go.
type Distribution struct {
	ID         int64   `json:"id,omitempty"`
	Percent    *int64  `json:"percent"`
	VariantID  *int64  `json:"variantID"`
	VariantKey *string `json:"variantKey"`
}

// CreateFlagRequest reproduces swagger_gen/models/create_flag_request.go.
type CreateFlagRequest struct {
	Description *string `json:"description"`
	Key         string  `json:"key,omitempty"`
	Template    string  `json:"template,omitempty"`
}

// PutFlagRequest reproduces swagger_gen/models/put_flag_request.go.
type PutFlagRequest struct {
	DataRecordsEnabled *bool   `json:"dataRecordsEnabled,omitempty"`
	Description        *string `json:"description,omitempty"`
	Enabled            *bool   `json:"enabled,omitempty"`
	EntityType         *string `json:"entityType,omitempty"`
	Key                *string `json:"key,omitempty"`
	Notes              *string `json:"notes,omitempty"`
}

// DuplicateFlagRequest reproduces swagger_gen/models/duplicate_flag_request.go.
type DuplicateFlagRequest struct {
	Description string `json:"description,omitempty"`
	Key         string `json:"key,omitempty"`
}

// CreateTagRequest reproduces swagger_gen/models/create_tag_request.go.
type CreateTagRequest struct {
	Value *string `json:"value"`
}

// PutDistributionsRequest reproduces swagger_gen/models/put_distributions_request.go.
type PutDistributionsRequest struct {
	Distributions []*Distribution `json:"distributions"`
}
