// Package dns reproduces 0xJacky/nginx-ui 1df16d75f689 internal/dns.
package dns

import (
	"context"
	"errors"
	"strings"

	"gorm.io/gorm"

	"example.com/realworld/nginxui/model"
	"example.com/realworld/nginxui/query"
)

// Errors, internal/dns/errors.go:10.
var (
	ErrCredentialNotFound = errors.New("dns credential not found")
	ErrDuplicateDomain    = errors.New("domain already exists for this credential")
)

// DomainInput is internal/dns/service.go:22 (trimmed).
type DomainInput struct {
	Domain          string
	Description     string
	DnsCredentialID uint64
}

// Service is internal/dns/service.go:57.
type Service struct{}

// NewService is internal/dns/service.go:60: builds a DNS service.
func NewService() *Service {
	return &Service{}
}

// CreateDomain is internal/dns/service.go:87: stores a new domain bound to a credential.
func (s *Service) CreateDomain(ctx context.Context, input DomainInput) (*model.DnsDomain, error) {
	validDomain, err := normalizeDomain(input.Domain)
	if err != nil {
		return nil, err
	}

	cred, err := loadCredential(ctx, input.DnsCredentialID)
	if err != nil {
		return nil, err
	}

	if err := ensureDomainUnique(ctx, validDomain, input.DnsCredentialID, 0); err != nil { // race
		return nil, err
	}

	domain := &model.DnsDomain{
		Domain:          validDomain,
		Description:     strings.TrimSpace(input.Description),
		DnsCredentialID: cred.ID,
	}

	if err := query.DnsDomain.WithContext(ctx).Create(domain); err != nil {
		return nil, err
	}

	domain.DnsCredential = cred
	return domain, nil
}

// loadCredential is internal/dns/service.go:256.
func loadCredential(ctx context.Context, id uint64) (*model.DnsCredential, error) {
	credential, err := query.DnsCredential.WithContext(ctx).FirstByID(id)
	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, ErrCredentialNotFound
		}
		return nil, err
	}

	return credential, nil
}

// ensureDomainUnique is internal/dns/service.go:284.
func ensureDomainUnique(ctx context.Context, domain string, credentialID uint64, excludeID uint64) error {
	dao := query.DnsDomain
	d := dao.WithContext(ctx).Where(
		dao.DnsCredentialID.Eq(credentialID),
		dao.Domain.Eq(domain),
	)

	if excludeID > 0 {
		d = d.Where(dao.ID.Neq(excludeID))
	}

	count, err := d.Count()
	if err != nil {
		return err
	}
	if count > 0 {
		return ErrDuplicateDomain
	}

	return nil
}

// normalizeDomain is internal/dns/service.go:306 (pattern validation trimmed).
func normalizeDomain(value string) (string, error) {
	domain := strings.Trim(strings.ToLower(value), ".")
	if domain == "" {
		return "", errors.New("invalid domain")
	}
	return domain, nil
}
