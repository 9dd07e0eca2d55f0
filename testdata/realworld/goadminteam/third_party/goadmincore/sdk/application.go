// Package sdk reproduces go-admin-team/go-admin-core a912b404d5c0 sdk (the Runtime registry only).
package sdk

import "example.com/realworld/goadminteam/third_party/goadmincore/sdk/runtime"

// Runtime is sdk/application.go.
var Runtime = runtime.NewConfig()
