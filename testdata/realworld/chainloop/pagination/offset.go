// Package pagination reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/pagination.
package pagination

// Defaults are pagination/offset.go:22.
const (
	DefaultPage     = 1
	DefaultPageSize = 100
)

// OffsetPaginationOpts is pagination/offset.go:55.
type OffsetPaginationOpts struct {
	page     int
	pageSize int
}

// NewDefaultOffsetPaginationOpts is pagination/offset.go:63.
func NewDefaultOffsetPaginationOpts() *OffsetPaginationOpts {
	return &OffsetPaginationOpts{
		page:     DefaultPage,
		pageSize: DefaultPageSize,
	}
}

// Offset is pagination/offset.go:71.
func (o *OffsetPaginationOpts) Offset() int {
	if o.page < 1 {
		o.page = 1
	}
	return (o.page - 1) * o.pageSize
}

// Limit is pagination/offset.go:79.
func (o *OffsetPaginationOpts) Limit() int {
	return o.pageSize
}
