// Package compiler reproduces the compiler.Engine interface of go-vela/server
// (compiler/engine.go), trimmed to the calls CompileAndPublish makes.
package compiler

import (
	"context"

	api "example.com/heldout/vela/api/types"
	"example.com/heldout/vela/compiler/types/pipeline"
)

// Engine represents an interface for converting a yaml
// configuration to an executable pipeline for Vela.
type Engine interface {
	// Compile defines a function that produces an executable
	// representation of a pipeline from an object.
	Compile(context.Context, any) (*pipeline.Build, *api.Pipeline, error)
	// Duplicate defines a function that
	// creates a clone of the Engine.
	Duplicate() Engine
	// WithBuild defines a function that sets
	// the API build type in the Engine.
	WithBuild(*api.Build) Engine
	// WithCommit defines a function that sets
	// the comment in the Engine.
	WithCommit(string) Engine
	// WithRepo defines a function that sets
	// the API repo type in the Engine.
	WithRepo(*api.Repo) Engine
	// WithUser defines a function that sets
	// the API user type in the Engine.
	WithUser(*api.User) Engine
}
