// Package service reproduces MHSanaei/3x-ui 02002dc1c304 internal/web/service.
package service

import (
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"strings"
	"sync"

	"gorm.io/gorm"

	"example.com/realworld/threexui/database"
	"example.com/realworld/threexui/database/model"
	"example.com/realworld/threexui/util/common"
	"example.com/realworld/threexui/util/crypto"
	"example.com/realworld/threexui/web/runtime"
)

// masterClientCredentialMu is web/service/setting_mtls.go:24.
var masterClientCredentialMu sync.Mutex

// Setting keys are web/service/setting_mtls.go:26.
const (
	settingNodeMtlsCaCert     = "nodeMtlsCaCertPem"
	settingNodeMtlsCaKey      = "nodeMtlsCaKeyPem"
	settingNodeMtlsClientCert = "nodeMtlsClientCertPem"
	settingNodeMtlsClientKey  = "nodeMtlsClientKeyPem"
	settingNodeMtlsClientPin  = "nodeMtlsClientCertSha256"
)

// EnsureNodeMtlsCA is web/service/setting_mtls.go:38: both halves read via
// getString (not found -> default ""), then minted and saved via saveSetting.
// NodeService.NodeMtlsCaCert calls it without holding any lock.
func (s *SettingService) EnsureNodeMtlsCA() (crypto.CertKeyPEM, error) {
	certPem, err := s.getString(settingNodeMtlsCaCert) // race
	if err != nil {
		return crypto.CertKeyPEM{}, err
	}
	keyPem, err := s.getString(settingNodeMtlsCaKey)
	if err != nil {
		return crypto.CertKeyPEM{}, err
	}
	if certPem != "" && keyPem != "" {
		return crypto.CertKeyPEM{CertPEM: []byte(certPem), KeyPEM: []byte(keyPem)}, nil
	}
	// Fail closed on a half-present pair: regenerating here would silently rotate
	// the CA and break trust on nodes that already hold the old cert. Only mint
	// when neither half exists (first use).
	if certPem != "" || keyPem != "" {
		return crypto.CertKeyPEM{}, common.NewError("node mTLS CA is incomplete: one of cert/key is missing; refusing to regenerate")
	}
	ca, err := crypto.GenerateNodeCA("3x-ui node mTLS CA")
	if err != nil {
		return crypto.CertKeyPEM{}, err
	}
	if err := s.saveSetting(settingNodeMtlsCaCert, string(ca.CertPEM)); err != nil {
		return crypto.CertKeyPEM{}, err
	}
	if err := s.saveSetting(settingNodeMtlsCaKey, string(ca.KeyPEM)); err != nil {
		return crypto.CertKeyPEM{}, err
	}
	return ca, nil
}

// clientCertSHA256FromPEM is web/service/setting_mtls.go:69.
func clientCertSHA256FromPEM(certPEM []byte) (string, error) {
	block, rest := pem.Decode(certPEM)
	if block == nil || block.Type != "CERTIFICATE" || len(strings.TrimSpace(string(rest))) != 0 {
		return "", common.NewError("client certificate is not valid PEM")
	}
	cert, err := x509.ParseCertificate(block.Bytes)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(cert.Raw)
	return hex.EncodeToString(sum[:]), nil
}

// EnsureMasterClientCert is web/service/setting_mtls.go:85: every lookup and
// write happens under masterClientCredentialMu.
func (s *SettingService) EnsureMasterClientCert() (crypto.CertKeyPEM, error) {
	masterClientCredentialMu.Lock()
	defer masterClientCredentialMu.Unlock()

	certPem, err := s.getString(settingNodeMtlsClientCert) // safe: in-process lock
	if err != nil {
		return crypto.CertKeyPEM{}, err
	}
	keyPem, err := s.getString(settingNodeMtlsClientKey)
	if err != nil {
		return crypto.CertKeyPEM{}, err
	}
	storedPin, err := s.getString(settingNodeMtlsClientPin)
	if err != nil {
		return crypto.CertKeyPEM{}, err
	}
	storedPin = strings.ToLower(strings.TrimSpace(storedPin))
	if certPem != "" && keyPem != "" {
		if _, err := tls.X509KeyPair([]byte(certPem), []byte(keyPem)); err != nil {
			return crypto.CertKeyPEM{}, common.NewError("stored master client certificate/key pair is invalid: ", err)
		}
		actualPin, err := clientCertSHA256FromPEM([]byte(certPem))
		if err != nil {
			return crypto.CertKeyPEM{}, err
		}
		if storedPin != "" && storedPin != actualPin {
			return crypto.CertKeyPEM{}, common.NewError("stored master client certificate does not match nodeMtlsClientCertSha256; refusing to rotate")
		}
		if storedPin == "" {
			if err := s.saveSetting(settingNodeMtlsClientPin, actualPin); err != nil {
				return crypto.CertKeyPEM{}, err
			}
		}
		return crypto.CertKeyPEM{CertPEM: []byte(certPem), KeyPEM: []byte(keyPem)}, nil
	}
	// Half a stored pair signals corrupted settings; reissuing would rotate the
	// master client credential (and indirectly the CA). Only mint on first use.
	if certPem != "" || keyPem != "" {
		return crypto.CertKeyPEM{}, common.NewError("master client cert is incomplete: one of cert/key is missing; refusing to reissue")
	}
	ca, err := s.EnsureNodeMtlsCA()
	if err != nil {
		return crypto.CertKeyPEM{}, err
	}
	client, err := crypto.IssueClientCert(ca, "3x-ui master")
	if err != nil {
		return crypto.CertKeyPEM{}, err
	}
	pin, err := clientCertSHA256FromPEM(client.CertPEM)
	if err != nil {
		return crypto.CertKeyPEM{}, err
	}
	if err := saveMasterClientCredential(client, pin); err != nil {
		return crypto.CertKeyPEM{}, err
	}
	runtime.InvalidateMasterClientConnections()
	return client, nil
}

// saveMasterClientCredential is web/service/setting_mtls.go:144: update,
// RowsAffected == 0 -> Create; only called from EnsureMasterClientCert with
// masterClientCredentialMu held.
func saveMasterClientCredential(client crypto.CertKeyPEM, pin string) error {
	values := map[string]string{
		settingNodeMtlsClientCert: string(client.CertPEM),
		settingNodeMtlsClientKey:  string(client.KeyPEM),
		settingNodeMtlsClientPin:  pin,
	}
	return database.GetDB().Transaction(func(tx *gorm.DB) error {
		for key, value := range values {
			result := tx.Model(&model.Setting{}).Where("key = ?", key).Update("value", value) // safe: in-process lock (held by the sole caller EnsureMasterClientCert)
			if result.Error != nil {
				return result.Error
			}
			if result.RowsAffected == 0 {
				if err := tx.Create(&model.Setting{Key: key, Value: value}).Error; err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// NodeService is web/service/node.go.
type NodeService struct{}

// NodeMtlsCaCert is web/service/node_mtls.go:15: EnsureNodeMtlsCA is called
// before, and outside, the lock taken by EnsureMasterClientCert.
func (s *NodeService) NodeMtlsCaCert() (string, error) {
	settings := SettingService{}
	ca, err := settings.EnsureNodeMtlsCA()
	if err != nil {
		return "", err
	}
	if _, err := settings.EnsureMasterClientCert(); err != nil {
		return "", err
	}
	return string(ca.CertPEM), nil
}
