// Package yaml is a stand-in for gopkg.in/yaml.v3 (not in the corpus
// module's go.mod). Unmarshal accepts JSON, a subset of YAML, which is
// enough for the reproduction.
package yaml

import "encoding/json"

// Unmarshal decodes in into out.
func Unmarshal(in []byte, out any) error {
	return json.Unmarshal(in, out)
}
