package server

import (
	"fmt"
	"net/http"
)

// errHTTP is a generic HTTP error for any non-200 HTTP error (server/errors.go)
type errHTTP struct {
	Code     int    `json:"code,omitempty"`
	HTTPCode int    `json:"http"`
	Message  string `json:"error"`
	Link     string `json:"link,omitempty"`
}

func (e errHTTP) Error() string {
	return fmt.Sprintf("%s (code %d)", e.Message, e.Code)
}

// Wrap returns a copy of the error with the given message appended
func (e *errHTTP) Wrap(message string, args ...any) *errHTTP {
	clone := *e
	clone.Message = fmt.Sprintf("%s; %s", e.Message, fmt.Sprintf(message, args...))
	return &clone
}

// With returns the error (the log context is dropped)
func (e *errHTTP) With(_ any) *errHTTP { return e }

var (
	errHTTPBadRequest                                = &errHTTP{40000, http.StatusBadRequest, "invalid request", ""}
	errHTTPBadRequestTopicInvalid                    = &errHTTP{40009, http.StatusBadRequest, "invalid request: topic invalid", ""}
	errHTTPBadRequestJSONInvalid                     = &errHTTP{40017, http.StatusBadRequest, "invalid request: request body must be valid JSON", ""}
	errHTTPBadRequestPermissionInvalid               = &errHTTP{40025, http.StatusBadRequest, "invalid request: incorrect permission string", ""}
	errHTTPBadRequestInvalidUsername                 = &errHTTP{40026, http.StatusBadRequest, "invalid request: invalid username", ""}
	errHTTPBadRequestBillingRequestInvalid           = &errHTTP{40029, http.StatusBadRequest, "invalid request: not a valid billing request", ""}
	errHTTPBadRequestTierInvalid                     = &errHTTP{40030, http.StatusBadRequest, "invalid request: tier does not exist", ""}
	errHTTPBadRequestUserNotFound                    = &errHTTP{40031, http.StatusBadRequest, "invalid request: user does not exist", ""}
	errHTTPBadRequestPhoneNumberInvalid              = &errHTTP{40033, http.StatusBadRequest, "invalid request: phone number invalid", ""}
	errHTTPBadRequestPhoneNumberVerifyChannelInvalid = &errHTTP{40036, http.StatusBadRequest, "invalid request: verification channel must be 'sms' or 'call'", ""}
	errHTTPBadRequestSignupNotEnabled                = &errHTTP{40003, http.StatusBadRequest, "invalid request: signup not enabled", ""}
	errHTTPBadRequestWebPushSubscriptionInvalid      = &errHTTP{40038, http.StatusBadRequest, "invalid request: web push payload malformed", ""}
	errHTTPBadRequestWebPushEndpointUnknown          = &errHTTP{40039, http.StatusBadRequest, "invalid request: web push endpoint unknown", ""}
	errHTTPBadRequestWebPushTopicCountTooHigh        = &errHTTP{40040, http.StatusBadRequest, "invalid request: too many web push topic subscriptions", ""}
	errHTTPUnauthorized                              = &errHTTP{40101, http.StatusUnauthorized, "unauthorized", ""}
	errHTTPForbidden                                 = &errHTTP{40301, http.StatusForbidden, "forbidden", ""}
	errHTTPConflictUserExists                        = &errHTTP{40901, http.StatusConflict, "conflict: user already exists", ""}
	errHTTPConflictTopicReserved                     = &errHTTP{40902, http.StatusConflict, "conflict: access control entry for topic or topic pattern already exists", ""}
	errHTTPConflictPhoneNumberExists                 = &errHTTP{40904, http.StatusConflict, "conflict: phone number already exists", ""}
	errHTTPTooManyRequestsLimitReservations          = &errHTTP{42907, http.StatusTooManyRequests, "limit reached: too many topic reservations for this user", ""}
	errHTTPTooManyRequestsLimitAccountCreation       = &errHTTP{42906, http.StatusTooManyRequests, "limit reached: too many accounts created", ""}
	errHTTPEntityTooLargeJSONBody                    = &errHTTP{41303, http.StatusRequestEntityTooLarge, "too large: request body too large", ""}
)
