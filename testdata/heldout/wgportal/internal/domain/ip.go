// Package domain reproduces h44z/wg-portal c800e7dd343b internal/domain.
package domain

// Cidr reproduces internal/domain/ip.go:11.
type Cidr struct {
	Cidr      string `gorm:"primaryKey;column:cidr"` // Sqlite/GORM does not support composite primary keys...
	Addr      string `gorm:"column:addr"`
	NetLength int    `gorm:"column:net_len"`
}

// KeyPair reproduces internal/domain/crypto.go:9.
type KeyPair struct {
	PrivateKey string
	PublicKey  string
}
