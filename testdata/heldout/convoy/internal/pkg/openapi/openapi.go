// Package openapi is convoy's internal/pkg/openapi, reduced to the webhook
// extraction the OpenAPI import uses (the spec is read as JSON
// {"webhooks": {"<event type>": {"description": ..., ...schema}}}).
package openapi

import "encoding/json"

type Converter struct {
	doc struct {
		Webhooks map[string]json.RawMessage `json:"webhooks"`
	}
}

func NewFromBytes(data []byte) (*Converter, error) {
	c := &Converter{}
	if err := json.Unmarshal(data, &c.doc); err != nil {
		return nil, err
	}
	return c, nil
}

type Schema struct {
	raw         json.RawMessage
	Description string
}

func (s *Schema) AsBytes() []byte { return s.raw }

type Webhooks struct {
	Webhooks map[string]*Schema
}

func (c *Converter) ExtractWebhooks() (*Webhooks, error) {
	w := &Webhooks{Webhooks: map[string]*Schema{}}
	for name, raw := range c.doc.Webhooks {
		var d struct {
			Description string `json:"description"`
		}
		_ = json.Unmarshal(raw, &d)
		w.Webhooks[name] = &Schema{raw: raw, Description: d.Description}
	}
	return w, nil
}
