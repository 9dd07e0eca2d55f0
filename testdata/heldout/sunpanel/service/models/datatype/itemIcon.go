// Package datatype reproduces service/models/datatype of hslr-s/sun-panel 25f46209d97a (ItemIconIconInfo only).
package datatype

// ItemIconIconInfo reproduces service/models/datatype/itemIcon.go:3.
type ItemIconIconInfo struct {
	ItemType int    `json:"itemType"`
	Src      string `json:"src"`
	Text     string `json:"text"`
	// BgColor  string `json:"bgColor"`
	BackgroundColor string `json:"backgroundColor"`
}
