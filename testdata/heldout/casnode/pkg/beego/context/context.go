// Package context is a minimal stand-in for github.com/astaxie/beego/context
// (v1.12.3): only the request-body field the casnode controllers read.
package context

// BeegoInput stands in for beego's *context.BeegoInput.
type BeegoInput struct {
	RequestBody []byte
}

// Query returns a query parameter (stand-in).
func (input *BeegoInput) Query(key string) string { return "" }

// Context stands in for beego's *context.Context.
type Context struct {
	Input *BeegoInput
}
