// Package binding is a minimal stand-in for github.com/gin-gonic/gin/binding,
// used by the hslr-s/sun-panel 25f46209d97a reproduction.
package binding

// Binding stands in for binding.Binding.
type Binding interface{ Name() string }

// BindingBody stands in for binding.BindingBody.
type BindingBody interface {
	Binding
	BindBody([]byte, any) error
}

type jsonBinding struct{}

// Name stands in for jsonBinding.Name.
func (jsonBinding) Name() string { return "json" }

// BindBody stands in for jsonBinding.BindBody (decoding is done by the Context stub).
func (jsonBinding) BindBody(body []byte, obj any) error { return nil }

// JSON stands in for binding.JSON.
var JSON = jsonBinding{}
