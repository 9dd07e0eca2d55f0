package models

// Configuration is a struct that contains the global configuration (upstream
// internal/models/Configuration.go:8, trimmed to the fields read here)
type Configuration struct {
	Authentication      AuthenticationConfig `json:"Authentication"`
	ServerUrl           string               `json:"ServerUrl"`
	DataDir             string               `json:"DataDir"`
	DatabaseUrl         string               `json:"DatabaseUrl"`
	MaxFileSizeMB       int                  `json:"MaxFileSizeMB"`
	Encryption          Encryption           `json:"Encryption"`
	PicturesAlwaysLocal bool                 `json:"PicturesAlwaysLocal"`
}

// Encryption holds information about the encryption used on this file
type Encryption struct {
	Level        int
	Cipher       []byte
	Salt         string
	Checksum     string
	ChecksumSalt string
}
