// Package common: trimmed copy of tinode/chat server/db/common/common.go.
package common

import (
	"encoding/json"
	"strings"

	"example.com/heldout/tinode/server/store"
	t "example.com/heldout/tinode/server/store/types"
)

// ToJSON converts a value to JSON, nil stays nil.
func ToJSON(src any) []byte {
	if src == nil {
		return nil
	}
	jval, _ := json.Marshal(src)
	return jval
}

// FromJSON deserializes JSON from []byte.
func FromJSON(src any) any {
	if src == nil {
		return nil
	}
	if bb, ok := src.([]byte); ok {
		var out any
		json.Unmarshal(bb, &out)
		return out
	}
	return nil
}

// EncodeUidString takes decoded string representation of int64, produce UID.
func EncodeUidString(str string) t.Uid {
	var unum int64
	json.Unmarshal([]byte(str), &unum)
	return store.EncodeUid(unum)
}

// DecodeUidString takes UID as string, converts it to int64, decodes it.
func DecodeUidString(str string) int64 {
	uid := t.ParseUid(str)
	return store.DecodeUid(uid)
}

// UpdateByMap converts update map into a list of SQL column names and arguments.
func UpdateByMap(update map[string]any) (cols []string, args []any) {
	for col, arg := range update {
		col = strings.ToLower(col)
		if col == "public" || col == "trusted" || col == "private" || col == "aux" {
			arg = ToJSON(arg)
		}
		cols = append(cols, col+"=?")
		args = append(args, arg)
	}
	return
}
