// Package pipeline reproduces compiler/types/pipeline (trimmed): the
// executable pipeline produced by the compiler.
package pipeline

// Build is the pipeline representation of a build for a pipeline.
type Build struct {
	ID      string   `json:"id,omitempty"`
	Version string   `json:"version,omitempty"`
	Steps   []string `json:"steps,omitempty"`
}
