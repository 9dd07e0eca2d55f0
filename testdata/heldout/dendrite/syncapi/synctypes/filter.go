// Package synctypes is a small stand-in for dendrite's syncapi/synctypes (Filter).
package synctypes

// RoomEventFilter mirrors synctypes.RoomEventFilter (trimmed).
type RoomEventFilter struct {
	Limit int       `json:"limit,omitempty"`
	Types *[]string `json:"types,omitempty"`
}

// RoomFilter mirrors synctypes.RoomFilter (trimmed).
type RoomFilter struct {
	Timeline RoomEventFilter `json:"timeline,omitempty"`
	Rooms    *[]string       `json:"rooms,omitempty"`
}

// Filter mirrors synctypes.Filter (trimmed).
type Filter struct {
	EventFields []string   `json:"event_fields,omitempty"`
	EventFormat string     `json:"event_format,omitempty"`
	Room        RoomFilter `json:"room,omitempty"`
}

// Validate mirrors synctypes.Filter.Validate (trimmed).
func (filter *Filter) Validate() error { return nil }
