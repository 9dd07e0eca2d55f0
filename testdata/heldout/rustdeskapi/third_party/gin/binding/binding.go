// Package binding reproduces lejianwen/rustdesk-api c5687e150615 http/controller (minimal stand-in for github.com/gin-gonic/gin/binding).
package binding

// BindingBody stands in for binding.BindingBody.
type BindingBody interface{ Name() string }

type jsonBinding struct{}

// Name stands in for jsonBinding.Name.
func (jsonBinding) Name() string { return "json" }

// JSON stands in for binding.JSON.
var JSON BindingBody = jsonBinding{}
