package models

// E2EInfoEncrypted is the struct that is stored on the server and decrypted locally
// (upstream internal/models/End2EndEncryption.go:9)
type E2EInfoEncrypted struct {
	// Version of the E2E used, must be at least 1
	Version int `json:"version" redis:"version"`
	// Nonce used for encryption
	Nonce []byte `json:"nonce" redis:"nonce"`
	// Content that is encrypted
	Content []byte `json:"content" redis:"content"`
	// AvailableFiles contains a list of all files on the webserver and will be populated
	// when reading from the database, but will not be saved to the database
	AvailableFiles []string `json:"availablefiles" redis:"-"`
}

// HasBeenSetUp returns true if E2E setup has been run
func (e *E2EInfoEncrypted) HasBeenSetUp() bool {
	return e.Version != 0 && len(e.Content) != 0
}
