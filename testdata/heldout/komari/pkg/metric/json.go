package metric

import (
	"encoding/json"
	"fmt"
)

// encodeMap encodes a string map as JSON.
func encodeMap(m map[string]string) (string, error) {
	if m == nil {
		m = map[string]string{}
	}
	b, err := json.Marshal(m)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// decodeMap decodes a scanned JSON value into a string map.
func decodeMap(v any) (map[string]string, error) {
	switch x := v.(type) {
	case nil:
		return map[string]string{}, nil
	case []byte:
		return decodeMapString(string(x))
	case string:
		return decodeMapString(x)
	default:
		return nil, fmt.Errorf("metric: unsupported JSON value %T", v)
	}
}

func decodeMapString(s string) (map[string]string, error) {
	out := map[string]string{}
	if s == "" {
		return out, nil
	}
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		return nil, err
	}
	return out, nil
}

func rawJSONToString(v any) (string, error) {
	switch x := v.(type) {
	case nil:
		return "{}", nil
	case []byte:
		return string(x), nil
	case string:
		return x, nil
	default:
		return "", fmt.Errorf("metric: unsupported JSON value %T", v)
	}
}
