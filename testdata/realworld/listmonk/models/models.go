// Package models is a reduced copy of upstream models/ (subscribers.go,
// lists.go, campaigns.go, bounces.go, messages.go, common.go).
package models

import (
	"database/sql/driver"
	"encoding/json"
	"errors"
	"time"

	"example.com/realworld/listmonk/third_party/null"
)

// Enum values for various statuses.
const (
	SubscriberStatusEnabled     = "enabled"
	SubscriberStatusDisabled    = "disabled"
	SubscriberStatusBlockListed = "blocklisted"

	SubscriptionStatusUnconfirmed  = "unconfirmed"
	SubscriptionStatusConfirmed    = "confirmed"
	SubscriptionStatusUnsubscribed = "unsubscribed"

	ListTypePrivate = "private"
	ListTypePublic  = "public"

	CampaignStatusDraft     = "draft"
	CampaignStatusScheduled = "scheduled"
	CampaignStatusPaused    = "paused"

	TxSubModeDefault  = "default"
	TxSubModeFallback = "fallback"
	TxSubModeExternal = "external"
)

// JSON is the wrapper for reading and writing arbitrary JSONB fields from the DB.
type JSON map[string]any

// Value returns the JSON value.
func (s JSON) Value() (driver.Value, error) {
	return json.Marshal(s)
}

// Scan unmarshals JSONB from the DB.
func (s *JSON) Scan(src any) error {
	if src == nil {
		*s = JSON{}
		return nil
	}
	if data, ok := src.([]byte); ok {
		return json.Unmarshal(data, s)
	}
	return errors.New("unable to scan JSON")
}

// Base holds common fields shared across models.
type Base struct {
	ID        int       `db:"id" json:"id"`
	CreatedAt null.Time `db:"created_at" json:"created_at"`
	UpdatedAt null.Time `db:"updated_at" json:"updated_at"`
}

// Subscriber represents an e-mail subscriber.
type Subscriber struct {
	Base

	UUID    string `db:"uuid" json:"uuid"`
	Email   string `db:"email" json:"email"`
	Name    string `db:"name" json:"name"`
	Attribs JSON   `db:"attribs" json:"attribs"`
	Status  string `db:"status" json:"status"`
}

// Subscribers represents a slice of Subscriber.
type Subscribers []Subscriber

// List represents a mailing list.
type List struct {
	Base

	UUID        string `db:"uuid" json:"uuid"`
	Name        string `db:"name" json:"name"`
	Type        string `db:"type" json:"type"`
	Optin       string `db:"optin" json:"optin"`
	Status      string `db:"status" json:"status"`
	Description string `db:"description" json:"description"`

	SubscriberID       int    `db:"subscriber_id" json:"-"`
	SubscriptionStatus string `db:"subscription_status" json:"subscription_status,omitempty"`
	SubscriptionMeta   JSON   `db:"meta" json:"meta,omitempty"`
}

// Campaign represents an e-mail campaign.
type Campaign struct {
	Base
	CampaignMeta

	UUID         string      `db:"uuid" json:"uuid"`
	Type         string      `db:"type" json:"type"`
	Name         string      `db:"name" json:"name"`
	Subject      string      `db:"subject" json:"subject"`
	FromEmail    string      `db:"from_email" json:"from_email"`
	Body         string      `db:"body" json:"body"`
	BodySource   null.String `db:"body_source" json:"body_source"`
	AltBody      null.String `db:"altbody" json:"altbody"`
	SendAt       null.Time   `db:"send_at" json:"send_at"`
	Status       string      `db:"status" json:"status"`
	ContentType  string      `db:"content_type" json:"content_type"`
	Tags         []string    `db:"tags" json:"tags"`
	Headers      JSON        `db:"headers" json:"headers"`
	Attribs      JSON        `db:"attribs" json:"attribs"`
	TemplateID   null.Int    `db:"template_id" json:"template_id"`
	Messenger    string      `db:"messenger" json:"messenger"`
	TemplateBody string      `db:"template_body" json:"-"`

	Archive           bool        `db:"archive" json:"archive"`
	ArchiveSlug       null.String `db:"archive_slug" json:"archive_slug"`
	ArchiveTemplateID null.Int    `db:"archive_template_id" json:"archive_template_id"`
	ArchiveMeta       JSON        `db:"archive_meta" json:"archive_meta"`
}

// CampaignMeta contains fields tracking a campaign's progress.
type CampaignMeta struct {
	ToSend           int `db:"to_send" json:"to_send"`
	Sent             int `db:"sent" json:"sent"`
	MaxSubscriberID  int `db:"max_subscriber_id" json:"-"`
	LastSubscriberID int `db:"last_subscriber_id" json:"-"`
}

// Campaigns represents a slice of Campaigns.
type Campaigns []Campaign

// Bounce represents a single bounce event.
type Bounce struct {
	ID        int       `json:"id" db:"id"`
	Type      string    `json:"type" db:"type"`
	Source    string    `json:"source" db:"source"`
	Meta      JSON      `json:"meta" db:"meta"`
	CreatedAt time.Time `json:"created_at" db:"created_at"`

	Email          string `json:"email" db:"email"`
	SubscriberUUID string `json:"subscriber_uuid" db:"subscriber_uuid"`
	SubscriberID   int    `json:"subscriber_id" db:"subscriber_id"`
	CampaignUUID   string `json:"campaign_uuid" db:"campaign_uuid"`
}

// TxMessage represents an e-mail campaign.
type TxMessage struct {
	SubscriberEmails []string `json:"subscriber_emails"`
	SubscriberIDs    []int    `json:"subscriber_ids"`
	SubscriberMode   string   `json:"subscriber_mode"`

	TemplateID int    `json:"template_id"`
	Data       JSON   `json:"data"`
	Subject    string `json:"subject"`
}
