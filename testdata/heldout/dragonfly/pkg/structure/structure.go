// Package structure reproduces Dragonfly2 pkg/structure/structure.go.
package structure

import (
	"encoding/json"
)

// StructToMap coverts struct to map.
func StructToMap(t any) (map[string]any, error) {
	var m map[string]any
	b, err := json.Marshal(t)
	if err != nil {
		return nil, err
	}

	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}

	return m, nil
}
