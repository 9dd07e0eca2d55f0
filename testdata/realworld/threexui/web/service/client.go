// Package service reproduces MHSanaei/3x-ui 02002dc1c304 internal/web/service.
package service

import (
	"encoding/json"

	"example.com/realworld/threexui/database/model"
)

// ClientService is web/service/client.go:60.
type ClientService struct{}

// InboundService is web/service/inbound.go (client service wiring only).
type InboundService struct {
	clientService ClientService
}

// sqlInChunk is web/service/client.go:74.
const sqlInChunk = 400

// sqliteMaxVars is web/service/inbound_util.go:8.
const sqliteMaxVars = 900

// chunkStrings is web/service/inbound_util.go:60.
func chunkStrings(s []string, size int) [][]string {
	if size <= 0 || len(s) == 0 {
		return nil
	}
	out := make([][]string, 0, (len(s)+size-1)/size)
	for i := 0; i < len(s); i += size {
		end := min(i+size, len(s))
		out = append(out, s[i:end])
	}
	return out
}

// chunkInts is web/service/inbound_util.go:74.
func chunkInts(s []int, size int) [][]int {
	if size <= 0 || len(s) == 0 {
		return nil
	}
	out := make([][]int, 0, (len(s)+size-1)/size)
	for i := 0; i < len(s); i += size {
		end := min(i+size, len(s))
		out = append(out, s[i:end])
	}
	return out
}

// ParseInboundSettingsClients parses the "clients" array of an inbound's
// settings JSON (web/service/inbound_settings_clients.go).
func ParseInboundSettingsClients(settings string) ([]model.Client, error) {
	var parsed struct {
		Clients []model.Client `json:"clients"`
	}
	if settings == "" {
		return nil, nil
	}
	if err := json.Unmarshal([]byte(settings), &parsed); err != nil {
		return nil, err
	}
	return parsed.Clients, nil
}

// GetClients is web/service/inbound.go:452.
func (s *InboundService) GetClients(inbound *model.Inbound) ([]model.Client, error) {
	return ParseInboundSettingsClients(inbound.Settings)
}
