package postgres

import (
	"fmt"
	"strings"

	"example.com/heldout/memos/third_party/protobuf/protojson"
)

// protojsonUnmarshaler reproduces store/db/postgres/common.go:11.
var (
	protojsonUnmarshaler = protojson.UnmarshalOptions{
		DiscardUnknown: true,
	}
)

// placeholder reproduces store/db/postgres/common.go:16.
func placeholder(n int) string {
	return "$" + fmt.Sprint(n)
}

// placeholders reproduces store/db/postgres/common.go:20.
func placeholders(n int) string {
	list := []string{}
	for i := 0; i < n; i++ {
		list = append(list, placeholder(i+1))
	}
	return strings.Join(list, ", ")
}
