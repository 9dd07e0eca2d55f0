// Package yaml is a minimal stand-in for gopkg.in/yaml.v2 (used by statping-ng
// to read services.yml and config.yml). It accepts JSON, a subset of YAML.
package yaml

import "encoding/json"

func Unmarshal(in []byte, out interface{}) error {
	return json.Unmarshal(in, out)
}

func Marshal(in interface{}) ([]byte, error) {
	return json.Marshal(in)
}
