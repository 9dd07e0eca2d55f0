// Package query reproduces 0xJacky/nginx-ui 1df16d75f689 query (gorm.io/gen generated DAO; only the fields and methods the reproduced callers use are kept).
package query

import (
	"gorm.io/gorm"

	"gorm.io/gen"
)

// Default DAOs, query/gen.go:18.
var (
	Q              = new(Query)
	UpstreamConfig *upstreamConfig
	BanIP          *banIP
	AcmeUser       *acmeUser
	User           *user
	DnsDomain      *dnsDomain
	DnsCredential  *dnsCredential
	SiteConfig     *siteConfig
	NginxLogIndex  *nginxLogIndex
	LLMSession     *lLMSession
)

// SetDefault is query/gen.go:46.
func SetDefault(db *gorm.DB, opts ...gen.DOOption) {
	*Q = *Use(db, opts...)
	UpstreamConfig = &Q.UpstreamConfig
	BanIP = &Q.BanIP
	AcmeUser = &Q.AcmeUser
	User = &Q.User
	DnsDomain = &Q.DnsDomain
	DnsCredential = &Q.DnsCredential
	SiteConfig = &Q.SiteConfig
	NginxLogIndex = &Q.NginxLogIndex
	LLMSession = &Q.LLMSession
}

// Use is query/gen.go:76.
func Use(db *gorm.DB, opts ...gen.DOOption) *Query {
	return &Query{
		db:             db,
		UpstreamConfig: newUpstreamConfig(db, opts...),
		BanIP:          newBanIP(db, opts...),
		AcmeUser:       newAcmeUser(db, opts...),
		User:           newUser(db, opts...),
		DnsDomain:      newDnsDomain(db, opts...),
		DnsCredential:  newDnsCredential(db, opts...),
		SiteConfig:     newSiteConfig(db, opts...),
		NginxLogIndex:  newNginxLogIndex(db, opts...),
		LLMSession:     newLLMSession(db, opts...),
	}
}

// Query is query/gen.go:106.
type Query struct {
	db *gorm.DB

	UpstreamConfig upstreamConfig
	BanIP          banIP
	AcmeUser       acmeUser
	User           user
	DnsDomain      dnsDomain
	DnsCredential  dnsCredential
	SiteConfig     siteConfig
	NginxLogIndex  nginxLogIndex
	LLMSession     lLMSession
}

// Available is query/gen.go:137.
func (q *Query) Available() bool { return q.db != nil }
