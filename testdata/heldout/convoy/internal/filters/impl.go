package filters

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"example.com/heldout/convoy/database"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/common"
	"example.com/heldout/convoy/internal/filters/repo"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/third_party/ulid"
	"example.com/heldout/convoy/util"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Service implements the FilterRepository using SQLc-generated queries
type Service struct {
	logger log.Logger
	repo   repo.Querier
	db     *pgxpool.Pool
}

// Ensure Service implements datastore.FilterRepository at compile time
var _ datastore.FilterRepository = (*Service)(nil)

// New creates a new Filter Service
func New(logger log.Logger, db database.Database) *Service {
	return &Service{
		logger: logger,
		repo:   repo.New(db.GetConn()),
		db:     db.GetConn(),
	}
}

// rowToEventTypeFilter converts SQLc-generated row types to datastore.EventTypeFilter
func rowToEventTypeFilter(row interface{}) (*datastore.EventTypeFilter, error) {
	var (
		id, subscriptionID, eventType                                      string
		headers, body, query, path, rawHeaders, rawBody, rawQuery, rawPath []byte
		enabledAt, createdAt, updatedAt                                    pgtype.Timestamptz
	)

	switch r := row.(type) {
	case repo.FindFilterByIDRow:
		id, subscriptionID, eventType = r.ID, r.SubscriptionID, r.EventType
		enabledAt = r.EnabledAt
		headers, body, query, path = r.Headers, r.Body, r.Query, r.Path
		rawHeaders, rawBody, rawQuery, rawPath = r.RawHeaders, r.RawBody, r.RawQuery, r.RawPath
		createdAt, updatedAt = r.CreatedAt, r.UpdatedAt
	case repo.FindFiltersBySubscriptionIDRow:
		id, subscriptionID, eventType = r.ID, r.SubscriptionID, r.EventType
		enabledAt = r.EnabledAt
		headers, body, query, path = r.Headers, r.Body, r.Query, r.Path
		rawHeaders, rawBody, rawQuery, rawPath = r.RawHeaders, r.RawBody, r.RawQuery, r.RawPath
		createdAt, updatedAt = r.CreatedAt, r.UpdatedAt
	case repo.FindFilterBySubscriptionAndEventTypeRow:
		id, subscriptionID, eventType = r.ID, r.SubscriptionID, r.EventType
		enabledAt = r.EnabledAt
		headers, body, query, path = r.Headers, r.Body, r.Query, r.Path
		rawHeaders, rawBody, rawQuery, rawPath = r.RawHeaders, r.RawBody, r.RawQuery, r.RawPath
		createdAt, updatedAt = r.CreatedAt, r.UpdatedAt
	default:
		return nil, fmt.Errorf("unsupported row type: %T", row)
	}

	headersMap, err := common.JSONBToM(headers)
	if err != nil {
		return nil, fmt.Errorf("failed to unmarshal headers: %w", err)
	}

	bodyMap, err := common.JSONBToM(body)
	if err != nil {
		return nil, fmt.Errorf("failed to unmarshal body: %w", err)
	}

	queryMap, err := common.JSONBToM(query)
	if err != nil {
		return nil, fmt.Errorf("failed to unmarshal query: %w", err)
	}

	pathMap, err := common.JSONBToM(path)
	if err != nil {
		return nil, fmt.Errorf("failed to unmarshal path: %w", err)
	}

	rawHeadersMap, err := common.JSONBToM(rawHeaders)
	if err != nil {
		return nil, fmt.Errorf("failed to unmarshal raw_headers: %w", err)
	}

	rawBodyMap, err := common.JSONBToM(rawBody)
	if err != nil {
		return nil, fmt.Errorf("failed to unmarshal raw_body: %w", err)
	}

	rawQueryMap, err := common.JSONBToM(rawQuery)
	if err != nil {
		return nil, fmt.Errorf("failed to unmarshal raw_query: %w", err)
	}

	rawPathMap, err := common.JSONBToM(rawPath)
	if err != nil {
		return nil, fmt.Errorf("failed to unmarshal raw_path: %w", err)
	}

	var enabledAtTime *time.Time
	if enabledAt.Valid {
		enabledAtTime = &enabledAt.Time
	}

	return &datastore.EventTypeFilter{
		UID:            id,
		SubscriptionID: subscriptionID,
		EventType:      eventType,
		EnabledAt:      enabledAtTime,
		EnabledAtSet:   true,
		Headers:        headersMap,
		Body:           bodyMap,
		Query:          queryMap,
		Path:           pathMap,
		RawHeaders:     rawHeadersMap,
		RawBody:        rawBodyMap,
		RawQuery:       rawQueryMap,
		RawPath:        rawPathMap,
		CreatedAt:      createdAt.Time,
		UpdatedAt:      updatedAt.Time,
	}, nil
}

type preparedFilterMaps struct {
	headers, body, query, path             []byte
	rawHeaders, rawBody, rawQuery, rawPath []byte
}

// prepareFilterMaps: upstream flattens the maps (common.FlattenM) and rejects
// array wildcards in non-body scopes before marshalling; reduced to the
// marshalling.
func prepareFilterMaps(filter *datastore.EventTypeFilter) (*preparedFilterMaps, error) {
	var err error
	p := &preparedFilterMaps{}
	for _, f := range []struct {
		dst *[]byte
		m   datastore.M
	}{
		{&p.headers, filter.Headers}, {&p.body, filter.Body}, {&p.query, filter.Query}, {&p.path, filter.Path},
		{&p.rawHeaders, filter.RawHeaders}, {&p.rawBody, filter.RawBody}, {&p.rawQuery, filter.RawQuery}, {&p.rawPath, filter.RawPath},
	} {
		*f.dst, err = common.MToJSONB(f.m)
		if err != nil {
			return nil, fmt.Errorf("failed to marshal filter: %w", err)
		}
	}
	return p, nil
}

func setDefaultEnabledAt(filter *datastore.EventTypeFilter) {
	if filter.EnabledAt != nil || filter.EnabledAtSet {
		return
	}

	now := time.Now()
	filter.EnabledAt = &now
	filter.EnabledAtSet = true
}

func timeToPgTimestamptz(t *time.Time) pgtype.Timestamptz {
	if t == nil {
		return pgtype.Timestamptz{}
	}

	return pgtype.Timestamptz{Time: *t, Valid: true}
}

// ============================================================================
// Service Implementation
// ============================================================================

// CreateFilter creates a new filter
func (s *Service) CreateFilter(ctx context.Context, filter *datastore.EventTypeFilter) error {
	if filter == nil {
		return util.NewServiceError(http.StatusBadRequest, errors.New("filter cannot be nil"))
	}

	// Generate UID if not provided
	if util.IsStringEmpty(filter.UID) {
		filter.UID = ulid.Make().String()
	}

	// Set timestamps if not provided
	if filter.CreatedAt.IsZero() {
		filter.CreatedAt = time.Now()
	}
	if filter.UpdatedAt.IsZero() {
		filter.UpdatedAt = time.Now()
	}
	setDefaultEnabledAt(filter)

	maps, err := prepareFilterMaps(filter)
	if err != nil {
		s.logger.Error("failed to prepare filter", "error", err)
		return util.NewServiceError(http.StatusBadRequest, err)
	}

	// Create filter
	err = s.repo.CreateFilter(ctx, repo.CreateFilterParams{
		ID:             common.StringToPgText(filter.UID),
		SubscriptionID: common.StringToPgText(filter.SubscriptionID),
		EventType:      common.StringToPgText(filter.EventType),
		EnabledAt:      timeToPgTimestamptz(filter.EnabledAt),
		Headers:        maps.headers,
		Body:           maps.body,
		Query:          maps.query,
		Path:           maps.path,
		RawHeaders:     maps.rawHeaders,
		RawBody:        maps.rawBody,
		RawQuery:       maps.rawQuery,
		RawPath:        maps.rawPath,
		CreatedAt:      pgtype.Timestamptz{Time: filter.CreatedAt, Valid: true},
		UpdatedAt:      pgtype.Timestamptz{Time: filter.UpdatedAt, Valid: true},
	})

	if err != nil {
		s.logger.Error("failed to create filter", "error", err)
		return util.NewServiceError(http.StatusInternalServerError, errors.New("filter could not be created"))
	}

	return nil
}

// CreateFilters creates multiple filters in a transaction
func (s *Service) CreateFilters(ctx context.Context, filters []datastore.EventTypeFilter) error {
	if len(filters) == 0 {
		return nil // No-op for empty array
	}

	// Start transaction
	tx, err := s.db.Begin(ctx)
	if err != nil {
		s.logger.Error("failed to start transaction", "error", err)
		return util.NewServiceError(http.StatusInternalServerError, err)
	}
	defer tx.Rollback(ctx)

	qtx := repo.New(tx)

	// Create each filter in the transaction
	for i := range filters {
		filter := &filters[i]

		// Generate UID if not provided
		if util.IsStringEmpty(filter.UID) {
			filter.UID = ulid.Make().String()
		}

		// Set timestamps if not provided
		if filter.CreatedAt.IsZero() {
			filter.CreatedAt = time.Now()
		}
		if filter.UpdatedAt.IsZero() {
			filter.UpdatedAt = time.Now()
		}
		setDefaultEnabledAt(filter)

		maps, err := prepareFilterMaps(filter)
		if err != nil {
			s.logger.Error("failed to prepare filter", "error", err)
			return util.NewServiceError(http.StatusBadRequest, err)
		}

		// Create filter
		err = qtx.CreateFilter(ctx, repo.CreateFilterParams{
			ID:             common.StringToPgText(filter.UID),
			SubscriptionID: common.StringToPgText(filter.SubscriptionID),
			EventType:      common.StringToPgText(filter.EventType),
			EnabledAt:      timeToPgTimestamptz(filter.EnabledAt),
			Headers:        maps.headers,
			Body:           maps.body,
			Query:          maps.query,
			Path:           maps.path,
			RawHeaders:     maps.rawHeaders,
			RawBody:        maps.rawBody,
			RawQuery:       maps.rawQuery,
			RawPath:        maps.rawPath,
			CreatedAt:      pgtype.Timestamptz{Time: filter.CreatedAt, Valid: true},
			UpdatedAt:      pgtype.Timestamptz{Time: filter.UpdatedAt, Valid: true},
		})

		if err != nil {
			s.logger.Error("failed to create filter", "error", err)
			return util.NewServiceError(http.StatusInternalServerError, errors.New("filter could not be created"))
		}
	}

	// Commit transaction
	if err = tx.Commit(ctx); err != nil {
		s.logger.Error("failed to commit transaction", "error", err)
		return util.NewServiceError(http.StatusInternalServerError, err)
	}

	return nil
}

// UpdateFilter updates an existing filter
func (s *Service) UpdateFilter(ctx context.Context, filter *datastore.EventTypeFilter) error {
	if filter == nil {
		return util.NewServiceError(http.StatusBadRequest, errors.New("filter cannot be nil"))
	}

	maps, err := prepareFilterMaps(filter)
	if err != nil {
		s.logger.Error("failed to prepare filter", "error", err)
		return util.NewServiceError(http.StatusBadRequest, err)
	}

	// Update filter
	rowsAffected, err := s.repo.UpdateFilter(ctx, repo.UpdateFilterParams{
		ID:         common.StringToPgText(filter.UID),
		EnabledAt:  timeToPgTimestamptz(filter.EnabledAt),
		Headers:    maps.headers,
		Body:       maps.body,
		Query:      maps.query,
		Path:       maps.path,
		RawHeaders: maps.rawHeaders,
		RawBody:    maps.rawBody,
		RawQuery:   maps.rawQuery,
		RawPath:    maps.rawPath,
		EventType:  common.StringToPgText(filter.EventType),
		UpdatedAt:  pgtype.Timestamptz{Time: time.Now(), Valid: true},
	})

	if err != nil {
		s.logger.Error("failed to update filter", "error", err)
		return util.NewServiceError(http.StatusInternalServerError, errors.New("filter could not be updated"))
	}

	if rowsAffected == 0 {
		return datastore.ErrFilterNotFound
	}

	return nil
}

// FindFilterByID retrieves a filter by its ID
func (s *Service) FindFilterByID(ctx context.Context, filterID string) (*datastore.EventTypeFilter, error) {
	row, err := s.repo.FindFilterByID(ctx, common.StringToPgText(filterID))
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, datastore.ErrFilterNotFound
		}
		s.logger.Error("failed to find filter by id", "error", err)
		return nil, util.NewServiceError(http.StatusInternalServerError, err)
	}

	filter, err := rowToEventTypeFilter(row)
	if err != nil {
		s.logger.Error("failed to convert row to filter", "error", err)
		return nil, util.NewServiceError(http.StatusInternalServerError, err)
	}

	return filter, nil
}

// FindFiltersBySubscriptionID retrieves all filters for a subscription
func (s *Service) FindFiltersBySubscriptionID(ctx context.Context, subscriptionID string) ([]datastore.EventTypeFilter, error) {
	rows, err := s.repo.FindFiltersBySubscriptionID(ctx, common.StringToPgText(subscriptionID))
	if err != nil {
		s.logger.Error("failed to find filters by subscription id", "error", err)
		return nil, util.NewServiceError(http.StatusInternalServerError, err)
	}

	filters := make([]datastore.EventTypeFilter, 0, len(rows))
	for _, row := range rows {
		filter, err := rowToEventTypeFilter(row)
		if err != nil {
			s.logger.Error("failed to convert row to filter", "error", err)
			return nil, util.NewServiceError(http.StatusInternalServerError, err)
		}
		filters = append(filters, *filter)
	}

	return filters, nil
}

// FindFilterBySubscriptionAndEventType retrieves a filter by subscription and event type
func (s *Service) FindFilterBySubscriptionAndEventType(ctx context.Context, subscriptionID, eventType string) (*datastore.EventTypeFilter, error) {
	row, err := s.repo.FindFilterBySubscriptionAndEventType(ctx, repo.FindFilterBySubscriptionAndEventTypeParams{
		SubscriptionID: common.StringToPgText(subscriptionID),
		EventType:      common.StringToPgText(eventType),
	})
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, datastore.ErrFilterNotFound
		}
		s.logger.Error("failed to find filter by subscription and event type", "error", err)
		return nil, util.NewServiceError(http.StatusInternalServerError, err)
	}

	filter, err := rowToEventTypeFilter(row)
	if err != nil {
		s.logger.Error("failed to convert row to filter", "error", err)
		return nil, util.NewServiceError(http.StatusInternalServerError, err)
	}

	return filter, nil
}
