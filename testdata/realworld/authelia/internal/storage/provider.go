package storage

import (
	"context"
	"time"

	"example.com/realworld/authelia/internal/model"
)

// Provider is an interface providing storage capabilities for persisting any kind of data related to Authelia.
// upstream internal/storage/provider.go (reduced to the methods the reproduced sites call)
type Provider interface {
	RegulatorProvider

	StartupCheck() (err error)
	Close() (err error)

	SavePreferred2FAMethod(ctx context.Context, username string, method string) (err error)
	LoadPreferred2FAMethod(ctx context.Context, username string) (method string, err error)

	SaveUserOpaqueIdentifier(ctx context.Context, subject model.UserOpaqueIdentifier) (err error)
	LoadUserOpaqueIdentifiers(ctx context.Context) (identifiers []model.UserOpaqueIdentifier, err error)
	LoadUserOpaqueIdentifierBySignature(ctx context.Context, service, sectorID, username string) (subject *model.UserOpaqueIdentifier, err error)

	SaveTOTPConfiguration(ctx context.Context, config model.TOTPConfiguration) (err error)
	DeleteTOTPConfiguration(ctx context.Context, username string) (err error)
	LoadTOTPConfiguration(ctx context.Context, username string) (config *model.TOTPConfiguration, err error)

	SaveTOTPHistory(ctx context.Context, username string, step uint64) (err error)
	ExistsTOTPHistory(ctx context.Context, username string, step uint64) (exists bool, err error)

	SaveWebAuthnUser(ctx context.Context, user model.WebAuthnUser) (err error)
	LoadWebAuthnUser(ctx context.Context, rpid, username string) (user *model.WebAuthnUser, err error)

	SaveWebAuthnCredential(ctx context.Context, credential model.WebAuthnCredential) (err error)
	LoadWebAuthnCredentialsByUsername(ctx context.Context, rpid, username string) (credentials []model.WebAuthnCredential, err error)

	SavePreferredDuoDevice(ctx context.Context, device model.DuoDevice) (err error)
	LoadPreferredDuoDevice(ctx context.Context, username string) (device *model.DuoDevice, err error)

	ConsumeIdentityVerification(ctx context.Context, jti string, ip model.NullIP) (err error)
	FindIdentityVerification(ctx context.Context, jti string) (found bool, err error)

	ConsumeOneTimeCode(ctx context.Context, code *model.OneTimeCode) (err error)
	LoadOneTimeCode(ctx context.Context, username string, ip model.IP, intent, raw string) (code *model.OneTimeCode, err error)

	LoadOAuth2PushedAuthorizationSession(ctx context.Context, signature string) (par *model.OAuth2PushedAuthorizationSession, err error)
	UpdateOAuth2PushedAuthorizationSession(ctx context.Context, par model.OAuth2PushedAuthorizationSession) (err error)

	SaveOAuth2BlacklistedJTI(ctx context.Context, blacklistedJTI model.OAuth2BlacklistedJTI) (err error)
	LoadOAuth2BlacklistedJTI(ctx context.Context, signature string) (blacklistedJTI *model.OAuth2BlacklistedJTI, err error)

	RevokeBannedUser(ctx context.Context, id int, expired time.Time) (err error)

	SaveCachedData(ctx context.Context, data model.CachedData) (err error)
	LoadCachedData(ctx context.Context, name string) (data *model.CachedData, err error)
}

// RegulatorProvider is an interface providing storage capabilities for persisting any kind of data related to the regulator.
// upstream internal/storage/provider.go (RegulatorProvider)
type RegulatorProvider interface {
	AppendAuthenticationLog(ctx context.Context, attempt model.AuthenticationAttempt) (err error)

	LoadRegulationRecordsByUser(ctx context.Context, username string, since time.Time, limit int) (records []model.RegulationRecord, err error)
	LoadRegulationRecordsByIP(ctx context.Context, ip model.IP, since time.Time, limit int) (records []model.RegulationRecord, err error)

	SaveBannedUser(ctx context.Context, ban *model.BannedUser) (err error)
	LoadBannedUser(ctx context.Context, username string) (bans []model.BannedUser, err error)

	SaveBannedIP(ctx context.Context, ban *model.BannedIP) (err error)
	LoadBannedIP(ctx context.Context, ip model.IP) (bans []model.BannedIP, err error)
}
