// Package commonApiStructs reproduces service/api/api_v1/common/apiData/commonApiStructs/common.go
// of hslr-s/sun-panel 25f46209d97a (trimmed).
package commonApiStructs

type RequestDeleteIds[T int | uint] struct {
	Ids []T `json:"ids"`
}
