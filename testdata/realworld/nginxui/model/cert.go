// Package model reproduces 0xJacky/nginx-ui 1df16d75f689 model.
package model

// KeyType stands in for github.com/go-acme/lego/v5/certcrypto.KeyType.
type KeyType string

// Cert is model/cert.go:47 (certificate resource and renewal bookkeeping fields trimmed).
type Cert struct {
	Model
	Name                  string   `json:"name"`
	Domains               []string `json:"domains" gorm:"serializer:json"`
	Filename              string   `json:"filename"`
	SSLCertificatePath    string   `json:"ssl_certificate_path"`
	SSLCertificateKeyPath string   `json:"ssl_certificate_key_path"`
	Fingerprint           string   `json:"fingerprint" gorm:"index"`
	AutoCert              int      `json:"auto_cert"`
	KeyType               KeyType  `json:"key_type"`
}

// getKeyTypeAliasStrings stands in for internal/helper.GetKeyTypeAliasStrings.
func getKeyTypeAliasStrings(keyType KeyType) []string {
	return []string{string(keyType)}
}

// FirstOrCreateCert is model/cert.go:92.
func FirstOrCreateCert(confName string, keyType KeyType) (c Cert, err error) {
	normalizedKeyType := keyType // helper.GetKeyType(keyType)

	// Filename is used to check whether this site is enabled
	err = db.Where("filename = ? AND key_type IN ?", confName,
		getKeyTypeAliasStrings(normalizedKeyType)).
		Attrs(&Cert{Name: confName, Filename: confName, KeyType: normalizedKeyType}).
		Assign(&Cert{KeyType: normalizedKeyType}).
		FirstOrCreate(&c).Error // race
	return
}
