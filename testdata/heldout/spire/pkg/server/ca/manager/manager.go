package manager

// Reproduces pkg/server/ca/manager/manager.go (PrepareX509CA ->
// selfSignX509CA -> appendBundle), trimmed: key generation and certificate
// signing are cut; the new CA certificate is passed in as DER.

import (
	"context"
	"sync"

	"example.com/heldout/spire/pkg/server/datastore"
	"example.com/heldout/spire/proto/spire/common"
	"example.com/heldout/spire/third_party/spiffeid"
)

type Config struct {
	TrustDomain spiffeid.TrustDomain
	DataStore   datastore.DataStore
}

type Manager struct {
	c           Config
	journal     *Journal
	x509CAMutex sync.RWMutex
}

// PrepareX509CA (manager.go:258): run by every server of the cluster when it
// starts and at each rotation; x509CAMutex is per process.
func (m *Manager) PrepareX509CA(ctx context.Context, caCertDER []byte, authorityID string) (err error) {
	m.x509CAMutex.Lock()
	defer m.x509CAMutex.Unlock()

	if err := m.selfSignX509CA(ctx, caCertDER); err != nil {
		return err
	}

	return m.journal.AppendX509CA(ctx, authorityID)
}

// selfSignX509CA (manager.go:999; -> appendBundle :1016).
func (m *Manager) selfSignX509CA(ctx context.Context, caCertDER []byte) error {
	if _, err := m.appendBundle(ctx, [][]byte{caCertDER}, nil); err != nil {
		return err
	}
	return nil
}

// appendBundle reproduces manager.go:1026 (-> ds.AppendBundle :1035 ->
// sqlstore appendBundle).
func (m *Manager) appendBundle(ctx context.Context, caChain [][]byte, jwtSigningKeys []*common.PublicKey) (*common.Bundle, error) {
	var rootCAs []*common.Certificate
	for _, caCert := range caChain {
		rootCAs = append(rootCAs, &common.Certificate{
			DerBytes: caCert,
		})
	}

	res, err := m.c.DataStore.AppendBundle(ctx, &common.Bundle{
		TrustDomainId:  m.c.TrustDomain.IDString(),
		RootCas:        rootCAs,
		JwtSigningKeys: jwtSigningKeys,
	})
	if err != nil {
		return nil, err
	}

	return res, nil
}
