// Package sqls reproduces mlogclub/simple 5b105541b814 sqls (required by bbs-go as v1.2.41).
package sqls

// Paging 分页请求数据
// Upstream: sqls/paging.go:4.
type Paging struct {
	Page  int   `json:"page"`  // 页码
	Limit int   `json:"limit"` // 每页条数
	Total int64 `json:"total"` // 总数据条数
}

// Offset is sqls/paging.go:10.
func (p *Paging) Offset() int {
	offset := 0
	if p.Page > 0 {
		offset = (p.Page - 1) * p.Limit
	}
	return offset
}

// TotalPage is sqls/paging.go:18.
func (p *Paging) TotalPage() int {
	if p.Total == 0 || p.Limit == 0 {
		return 0
	}
	totalPage := int(p.Total) / p.Limit
	if int(p.Total)%p.Limit > 0 {
		totalPage = totalPage + 1
	}
	return totalPage
}
