package twilio

import (
	"context"
	"database/sql"
	"errors"
	"net/http"
	"time"

	"example.com/heldout/goalert/gadb"
	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/user/contactmethod"
	"example.com/heldout/goalert/util/log"
)

// Config reproduces notification/twilio/config.go:18.
type Config struct {
	BaseURL string
	Client  *http.Client
	CMStore *contactmethod.Store
	DB      *sql.DB
}

// Destination constants reproduce notification/twilio/nfydestsms.go:13-14
// and nfydestvoice.go:13.
const (
	DestTypeTwilioSMS   = "builtin-twilio-sms"
	DestTypeTwilioVoice = "builtin-twilio-voice"
	FieldPhoneNumber    = "phone_number"
)

// NewSMSDest reproduces notification/twilio/sms.go:36.
func NewSMSDest(number string) gadb.DestV1 {
	return gadb.NewDestV1(DestTypeTwilioSMS, FieldPhoneNumber, number)
}

// NewVoiceDest reproduces notification/twilio/voice.go:74.
func NewVoiceDest(number string) gadb.DestV1 {
	return gadb.NewDestV1(DestTypeTwilioVoice, FieldPhoneNumber, number)
}

// CarrierInfo reproduces notification/twilio/carrier.go:22.
type CarrierInfo struct {
	Name              string `json:"name"`
	Type              string `json:"type"`
	MobileNetworkCode string `json:"mobile_network_code"`
	MobileCountryCode string `json:"mobile_country_code"`
}

// ErrCarrierStale reproduces notification/twilio/carrier.go:33.
var ErrCarrierStale = errors.New("carrier data is stale")

// ErrCarrierUnavailable reproduces notification/twilio/carrier.go:36.
var ErrCarrierUnavailable = errors.New("carrier data is unavailable")

// dbCarrierInfo reproduces notification/twilio/carrier.go:38.
func (c *Config) dbCarrierInfo(ctx context.Context, number string) (*CarrierInfo, error) {
	m, err := c.CMStore.MetadataByDest(ctx, c.DB, NewSMSDest(number))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrCarrierUnavailable
	}
	if err != nil {
		return nil, err
	}
	info := &CarrierInfo{
		Name:              m.CarrierV1.Name,
		Type:              m.CarrierV1.Type,
		MobileCountryCode: m.CarrierV1.MobileCountryCode,
		MobileNetworkCode: m.CarrierV1.MobileNetworkCode,
	}
	if m.FetchedAt.Sub(m.CarrierV1.UpdatedAt) > 365*24*time.Hour {
		// over a year old
		return info, ErrCarrierStale
	}

	return info, nil
}

// CarrierInfo reproduces notification/twilio/carrier.go:62 (called when an
// SMS is sent with SMSCarrierLookup enabled, notification/twilio/client.go:326).
func (c *Config) CarrierInfo(ctx context.Context, number string, fetch bool) (*CarrierInfo, error) {
	if c.CMStore == nil {
		return nil, nil
	}
	// near-miss N20: cached carrier metadata lookup; unavailable/stale -> fetch from Twilio and store it with an UPDATE.
	info, err := c.dbCarrierInfo(ctx, number) // safe: the store path (SetCarrierV1MetadataByDest) is an UPDATE of the existing user_contact_methods row(s) with that dest; nothing is inserted
	if !fetch || err == nil {
		return info, err
	}

	if !errors.Is(err, ErrCarrierStale) && !errors.Is(err, ErrCarrierUnavailable) {
		log.Log(ctx, err)
	}

	return c.FetchCarrierInfo(ctx, number)
}

// FetchCarrierInfo reproduces notification/twilio/carrier.go:79 (the Twilio
// Lookup HTTP request is trimmed).
func (c Config) FetchCarrierInfo(ctx context.Context, number string) (*CarrierInfo, error) {
	if c.CMStore == nil {
		return nil, nil
	}
	// must be admin to fetch carrier info
	err := permission.LimitCheckAny(ctx, permission.Admin)
	if err != nil {
		return nil, err
	}

	var result struct {
		Carrier CarrierInfo
	}
	// GET {BaseURL}/v1/PhoneNumbers/{number}?Type=carrier trimmed

	// merge into existing metadata (if possible)
	var m contactmethod.Metadata
	m.CarrierV1.Name = result.Carrier.Name
	m.CarrierV1.Type = result.Carrier.Type
	m.CarrierV1.MobileCountryCode = result.Carrier.MobileCountryCode
	m.CarrierV1.MobileNetworkCode = result.Carrier.MobileNetworkCode

	err = c.CMStore.SetCarrierV1MetadataByDest(ctx, c.DB, NewSMSDest(number), &m)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		log.Log(ctx, err)
	}
	err = c.CMStore.SetCarrierV1MetadataByDest(ctx, c.DB, NewVoiceDest(number), &m)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		log.Log(ctx, err)
	}

	return &result.Carrier, nil
}
