// Package models is convoy's api/models, reduced to the request types the
// reproduced handlers and services read.
package models

import (
	"time"

	"example.com/heldout/convoy/datastore"
)

type ImportOpenAPISpec struct {
	Spec string `json:"spec"`
}

type CreateSubscription struct {
	Name         string                 `json:"name" valid:"required~please provide a valid subscription name"`
	SourceID     string                 `json:"source_id"`
	AppID        string                 `json:"app_id"`
	EndpointID   string                 `json:"endpoint_id"`
	Function     string                 `json:"function"`
	DeliveryMode datastore.DeliveryMode `json:"delivery_mode"`
}

type UpdateSubscription struct {
	Name       string `json:"name,omitempty"`
	SourceID   string `json:"source_id,omitempty"`
	EndpointID string `json:"endpoint_id,omitempty"`
}

type CreateFilterRequest struct {
	EventType string       `json:"event_type" valid:"required~please provide an event type"`
	EnabledAt OptionalTime `json:"enabled_at,omitempty"`
	Headers   datastore.M  `json:"headers"`
	Body      datastore.M  `json:"body"`
	Query     datastore.M  `json:"query"`
	Path      datastore.M  `json:"path"`
}

type UpdateFilterRequest struct {
	EventType string       `json:"event_type,omitempty"`
	EnabledAt OptionalTime `json:"enabled_at,omitempty"`
	Headers   datastore.M  `json:"headers,omitempty"`
	Body      datastore.M  `json:"body,omitempty"`
	Query     datastore.M  `json:"query,omitempty"`
	Path      datastore.M  `json:"path,omitempty"`
}

type FilterResponse struct {
	*datastore.EventTypeFilter
}

// CloneFilterMap returns a shallow copy of m (nil stays nil).
func CloneFilterMap(m datastore.M) datastore.M {
	if m == nil {
		return nil
	}
	c := make(datastore.M, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

type User struct {
	FirstName string `json:"first_name" valid:"required~please provide a first name"`
	LastName  string `json:"last_name" valid:"required~please provide a last name"`
	Email     string `json:"email" valid:"required~please provide an email,email"`
	Password  string `json:"password" valid:"required~please provide a password"`
}

type Payload struct {
	Email                  string `json:"email"`
	FirstName              string `json:"first_name"`
	LastName               string `json:"last_name"`
	OrganizationID         string `json:"organization_id"`
	OrganizationExternalID string `json:"organization_external_id"`
	ID                     string `json:"id"`
}

type SSOTokenResponse struct {
	Status  bool   `json:"status"`
	Message string `json:"message"`
	Data    struct {
		Payload Payload `json:"payload"`
	} `json:"data"`
}

type DynamicEvent struct {
	URL        string   `json:"url"`
	Secret     string   `json:"secret"`
	EventTypes []string `json:"event_types"`
}

// OptionalTime distinguishes an absent enabled_at from an explicit null.
type OptionalTime struct {
	Set  bool
	Time *time.Time
}

type Token struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
}

type LoginUserResponse struct {
	*datastore.User
	Token Token `json:"token"`
}

type EventTypeResponse struct {
	*datastore.ProjectEventType
}

// NewListResponse maps items to their response type.
func NewListResponse[T, M any](items []T, fn func(T) M) []M {
	out := make([]M, 0, len(items))
	for _, it := range items {
		out = append(out, fn(it))
	}
	return out
}
