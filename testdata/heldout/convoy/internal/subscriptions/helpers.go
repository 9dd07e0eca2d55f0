package subscriptions

import (
	"github.com/jackc/pgx/v5/pgtype"

	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/common"
	"example.com/heldout/convoy/internal/subscriptions/repo"
	"example.com/heldout/convoy/third_party/null"
)

// alertConfigToParams converts AlertConfiguration to database parameters
func alertConfigToParams(ac *datastore.AlertConfiguration) (int32, string) {
	if ac == nil {
		return 0, ""
	}
	return int32(ac.Count), ac.Threshold
}

// retryConfigToParams converts RetryConfiguration to database parameters
func retryConfigToParams(rc *datastore.RetryConfiguration) (string, int32, int32) {
	if rc == nil {
		return "", 0, 0
	}
	return string(rc.Type), int32(rc.Duration), int32(rc.RetryCount)
}

// filterConfigParams holds database parameters for filter configuration
type filterConfigParams struct {
	eventTypes  []string
	headers     []byte
	body        []byte
	query       []byte
	path        []byte
	isFlattened pgtype.Bool
	rawHeaders  []byte
	rawBody     []byte
	rawQuery    []byte
	rawPath     []byte
}

// filterConfigToParams converts FilterConfiguration to database parameters
func filterConfigToParams(fc *datastore.FilterConfiguration) filterConfigParams {
	if fc == nil {
		return filterConfigParams{
			eventTypes:  []string{},
			headers:     []byte("{}"),
			body:        []byte("{}"),
			query:       []byte("{}"),
			path:        []byte("{}"),
			isFlattened: pgtype.Bool{Bool: false, Valid: true},
			rawHeaders:  []byte("{}"),
			rawBody:     []byte("{}"),
			rawQuery:    []byte("{}"),
			rawPath:     []byte("{}"),
		}
	}

	eventTypes := fc.EventTypes
	if eventTypes == nil {
		eventTypes = []string{}
	}

	return filterConfigParams{
		eventTypes:  eventTypes,
		headers:     mToPgJSON(fc.Filter.Headers),
		body:        mToPgJSON(fc.Filter.Body),
		query:       mToPgJSON(fc.Filter.Query),
		path:        mToPgJSON(fc.Filter.Path),
		isFlattened: pgtype.Bool{Bool: fc.Filter.IsFlattened, Valid: true},
		rawHeaders:  mToPgJSON(fc.Filter.RawHeaders),
		rawBody:     mToPgJSON(fc.Filter.RawBody),
		rawQuery:    mToPgJSON(fc.Filter.RawQuery),
		rawPath:     mToPgJSON(fc.Filter.RawPath),
	}
}

// rateLimitConfigToParams converts RateLimitConfiguration to database parameters
func rateLimitConfigToParams(rlc *datastore.RateLimitConfiguration) (int32, int32) {
	if rlc == nil {
		return 0, 0
	}
	return int32(rlc.Count), int32(rlc.Duration)
}

// mToPgJSON converts datastore.M (map) to JSONB bytes
func mToPgJSON(m datastore.M) []byte {
	b, err := common.MToJSONB(m)
	if err != nil {
		return []byte("{}")
	}
	return b
}

// rowToSubscription converts a sqlc row to a datastore.Subscription. Upstream
// (helpers.go:355) handles every subscription row type and rebuilds the
// endpoint/source/device metadata; reduced to the row kept in repo and the
// identifying columns.
func rowToSubscription(row interface{}) (*datastore.Subscription, error) {
	switch r := row.(type) {
	case repo.FetchSubscriptionsByEndpointIDRow:
		return &datastore.Subscription{
			UID:          r.ID,
			Name:         r.Name,
			Type:         datastore.SubscriptionType(r.Type),
			ProjectID:    r.ProjectID,
			EndpointID:   r.EndpointID,
			SourceID:     r.SourceID,
			Function:     null.NewString(r.Function.String, r.Function.Valid),
			DeliveryMode: datastore.DeliveryMode(r.DeliveryMode),
			FilterConfig: &datastore.FilterConfiguration{EventTypes: r.FilterConfigEventTypes},
			CreatedAt:    common.PgTimestamptzToTime(r.CreatedAt),
			UpdatedAt:    common.PgTimestamptzToTime(r.UpdatedAt),
		}, nil
	case repo.FetchSubscriptionByIDRow:
		return &datastore.Subscription{
			UID:          r.ID,
			Name:         r.Name,
			Type:         datastore.SubscriptionType(r.Type),
			ProjectID:    r.ProjectID,
			EndpointID:   r.EndpointID,
			SourceID:     r.SourceID,
			Function:     null.NewString(r.Function.String, r.Function.Valid),
			DeliveryMode: datastore.DeliveryMode(r.DeliveryMode),
			FilterConfig: &datastore.FilterConfiguration{EventTypes: r.FilterConfigEventTypes},
			CreatedAt:    common.PgTimestamptzToTime(r.CreatedAt),
			UpdatedAt:    common.PgTimestamptzToTime(r.UpdatedAt),
		}, nil
	default:
		return nil, nil
	}
}
