package util

// pkg/util/schema.go:8
const (
	TreePathDelimiter = "."
)

// QueryOptions reproduces pkg/util/schema.go:31.
type QueryOptions struct {
	SelectFields []string
	OmitFields   []string
	OrderFields  OrderByParams
}

// Direction reproduces pkg/util/schema.go.
type Direction string

const (
	ASC  Direction = "ASC"
	DESC Direction = "DESC"
)

// OrderByParam reproduces pkg/util/schema.go.
type OrderByParam struct {
	Field     string
	Direction Direction
}

// OrderByParams reproduces pkg/util/schema.go.
type OrderByParams []OrderByParam

// ToSQL reproduces pkg/util/schema.go.
func (a OrderByParams) ToSQL() string {
	if len(a) == 0 {
		return ""
	}

	var sql string
	for _, v := range a {
		sql += v.Field + " " + string(v.Direction) + ","
	}
	return sql[:len(sql)-1]
}
