// Package common reproduces the message types of proto/spire/common
// (common.pb.go, generated protobuf upstream) as plain structs, trimmed to the
// fields the reproduced datastore code uses.
package common

type Selector struct {
	Type  string
	Value string
}

type Certificate struct {
	DerBytes   []byte
	TaintedKey bool
}

type PublicKey struct {
	PkixBytes  []byte
	Kid        string
	NotAfter   int64
	TaintedKey bool
}

type Bundle struct {
	TrustDomainId  string
	RootCas        []*Certificate
	JwtSigningKeys []*PublicKey
	WitSigningKeys []*PublicKey
	RefreshHint    int64
	SequenceNumber uint64
}

type BundleMask struct {
	RootCas        bool
	JwtSigningKeys bool
	WitSigningKeys bool
	RefreshHint    bool
	SequenceNumber bool
}

type AttestedNode struct {
	SpiffeId            string
	AttestationDataType string
	CertSerialNumber    string
	CertNotAfter        int64
	NewCertSerialNumber string
	NewCertNotAfter     int64
	Selectors           []*Selector
	CanReattest         bool
	AgentVersion        string
}

type AttestedNodeMask struct {
	CertSerialNumber    bool
	CertNotAfter        bool
	NewCertSerialNumber bool
	NewCertNotAfter     bool
	CanReattest         bool
	AgentVersion        bool
}

type RegistrationEntry struct {
	Selectors      []*Selector
	ParentId       string
	SpiffeId       string
	X509SvidTtl    int32
	FederatesWith  []string
	EntryId        string
	Admin          bool
	Downstream     bool
	EntryExpiry    int64
	DnsNames       []string
	RevisionNumber int64
	StoreSvid      bool
	JwtSvidTtl     int32
	Hint           string
	CreatedAt      int64
}
