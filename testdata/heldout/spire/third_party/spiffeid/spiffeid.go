// Package spiffeid is a minimal stand-in for
// github.com/spiffe/go-spiffe/v2/spiffeid (not in the example.com/heldout
// module). Same API shape, trimmed.
package spiffeid

import (
	"errors"
	"strings"
)

type TrustDomain struct{ name string }

func TrustDomainFromString(s string) (TrustDomain, error) {
	s = strings.TrimPrefix(s, "spiffe://")
	if s == "" {
		return TrustDomain{}, errors.New("trust domain is missing")
	}
	return TrustDomain{name: s}, nil
}

func (td TrustDomain) Name() string     { return td.name }
func (td TrustDomain) IDString() string { return "spiffe://" + td.name }
func (td TrustDomain) IsZero() bool     { return td.name == "" }
func (td TrustDomain) Compare(other TrustDomain) int {
	return strings.Compare(td.name, other.name)
}

type ID struct {
	td   TrustDomain
	path string
}

func FromString(s string) (ID, error) {
	rest, ok := strings.CutPrefix(s, "spiffe://")
	if !ok {
		return ID{}, errors.New("scheme is missing or invalid")
	}
	name, path, _ := strings.Cut(rest, "/")
	if name == "" {
		return ID{}, errors.New("trust domain is missing")
	}
	if path != "" {
		path = "/" + path
	}
	return ID{td: TrustDomain{name: name}, path: path}, nil
}

func (id ID) TrustDomain() TrustDomain { return id.td }
func (id ID) Path() string             { return id.path }
func (id ID) String() string           { return id.td.IDString() + id.path }
func (id ID) IsZero() bool             { return id.td.IsZero() }
