// Package sql reproduces upstream storage/store/sql/sql.go (TwiN/gatus at
// 08c463542f56872a267e5b2e1e1cf421f0ea8a6a), reduced to the write paths.
// The read paths (GetAllEndpointStatuses, GetEndpointStatusByKey, uptime/response-time getters) and the
// write-through cache are dropped. The schema (CREATE TABLE strings) is in specific_postgres.go and
// specific_sqlite.go, copied verbatim.
package sql

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"example.com/heldout/gatus/alerting/alert"
	"example.com/heldout/gatus/config/endpoint"
	"example.com/heldout/gatus/config/suite"
	"example.com/heldout/gatus/storage/store/common"
	"example.com/heldout/gatus/third_party/logr"
	// upstream also imports modernc.org/sqlite (driver name "sqlite"); not available here.
	_ "github.com/lib/pq"
)

//////////////////////////////////////////////////////////////////////////////////////////////////
// Note that only exported functions in this file may create, commit, or rollback a transaction //
//////////////////////////////////////////////////////////////////////////////////////////////////

const (
	// arraySeparator is the separator used to separate multiple strings in a single column.
	arraySeparator = "|~|"

	eventsAboveMaximumCleanUpThreshold  = 10 // Maximum number of events above the configured maximum before triggering a cleanup
	resultsAboveMaximumCleanUpThreshold = 10 // Maximum number of results above the configured maximum before triggering a cleanup

	uptimeTotalEntriesMergeThreshold = 100                 // Maximum number of uptime entries before triggering a merge
	uptimeAgeCleanUpThreshold        = 32 * 24 * time.Hour // Maximum uptime age before triggering a cleanup
	uptimeRetention                  = 30 * 24 * time.Hour // Minimum duration that must be kept to operate as intended
	uptimeHourlyBuffer               = 48 * time.Hour      // Number of hours to buffer from now when determining which hourly uptime entries can be merged into daily uptime entries
)

var (
	// ErrPathNotSpecified is the error returned when the path parameter passed in NewStore is blank
	ErrPathNotSpecified = errors.New("path cannot be empty")

	// ErrDatabaseDriverNotSpecified is the error returned when the driver parameter passed in NewStore is blank
	ErrDatabaseDriverNotSpecified = errors.New("database driver cannot be empty")

	errNoRowsReturned = errors.New("expected a row to be returned, but none was")
)

// Store that leverages a database (upstream sql.go:55)
type Store struct {
	driver, path string

	db *sql.DB

	maximumNumberOfResults int // maximum number of results that an endpoint can have
	maximumNumberOfEvents  int // maximum number of events that an endpoint can have
}

// NewStore initializes the database and creates the schema if it doesn't already exist in the path specified
// (upstream sql.go:69). On SQLite the pool is limited to ONE connection (:95): a transaction holds it from
// Begin to Commit, so on SQLite every transaction below runs alone. On PostgreSQL the pool is unlimited and
// transactions run at the default READ COMMITTED isolation.
func NewStore(driver, path string, caching bool, maximumNumberOfResults, maximumNumberOfEvents int) (*Store, error) {
	if len(driver) == 0 {
		return nil, ErrDatabaseDriverNotSpecified
	}
	if len(path) == 0 {
		return nil, ErrPathNotSpecified
	}
	store := &Store{
		driver:                 driver,
		path:                   path,
		maximumNumberOfResults: maximumNumberOfResults,
		maximumNumberOfEvents:  maximumNumberOfEvents,
	}
	var err error
	if store.db, err = sql.Open(driver, path); err != nil {
		return nil, err
	}
	if err := store.db.Ping(); err != nil {
		return nil, err
	}
	if driver == "sqlite" {
		_, _ = store.db.Exec("PRAGMA foreign_keys=ON")
		_, _ = store.db.Exec("PRAGMA journal_mode=WAL")
		_, _ = store.db.Exec("PRAGMA synchronous=NORMAL")
		// Prevents driver from running into "database is locked" errors
		// This is because we're using WAL to improve performance
		store.db.SetMaxOpenConns(1)
	}
	if err = store.createSchema(); err != nil {
		_ = store.db.Close()
		return nil, err
	}
	return store, nil
}

// createSchema creates the schema required to perform all database operations. (upstream sql.go:108)
func (s *Store) createSchema() error {
	if s.driver == "sqlite" {
		return s.createSQLiteSchema()
	}
	return s.createPostgresSchema()
}

// InsertEndpointResult adds the observed result for the specified endpoint into the store
// (upstream sql.go:239)
func (s *Store) InsertEndpointResult(ep *endpoint.Endpoint, result *endpoint.Result) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	endpointID, err := s.getEndpointID(tx, ep) // race
	if err != nil {
		if errors.Is(err, common.ErrEndpointNotFound) {
			// Endpoint doesn't exist in the database, insert it
			if endpointID, err = s.insertEndpoint(tx, ep); err != nil {
				_ = tx.Rollback()
				logr.Errorf("[sql.InsertEndpointResult] Failed to create endpoint with key=%s: %s", ep.Key(), err.Error())
				return err
			}
		} else {
			_ = tx.Rollback()
			logr.Errorf("[sql.InsertEndpointResult] Failed to retrieve id of endpoint with key=%s: %s", ep.Key(), err.Error())
			return err
		}
	}
	// First, we need to check if we need to insert a new event.
	//
	// A new event must be added if either of the following cases happen:
	// 1. There is only 1 event. The total number of events for an endpoint can only be 1 if the only existing event is
	//    of type EventStart, in which case we will have to create a new event of type EventHealthy or EventUnhealthy
	//    based on result.Success.
	// 2. The lastResult.Success != result.Success. This implies that the endpoint went from healthy to unhealthy or
	//    vice versa, in which case we will have to create a new event of type EventHealthy or EventUnhealthy
	//	  based on result.Success.
	numberOfEvents, err := s.getNumberOfEventsByEndpointID(tx, endpointID) // race; no unique key: endpoint_events has only the endpoint_event_id primary key (specific_postgres.go:45)
	if err != nil {
		// Silently fail
		logr.Errorf("[sql.InsertEndpointResult] Failed to retrieve total number of events for endpoint with key=%s: %s", ep.Key(), err.Error())
	}
	if numberOfEvents == 0 {
		// There's no events yet, which means we need to add the EventStart and the first healthy/unhealthy event
		err = s.insertEndpointEvent(tx, endpointID, &endpoint.Event{
			Type:      endpoint.EventStart,
			Timestamp: result.Timestamp.Add(-50 * time.Millisecond),
		})
		if err != nil {
			// Silently fail
			logr.Errorf("[sql.InsertEndpointResult] Failed to insert event=%s for endpoint with key=%s: %s", endpoint.EventStart, ep.Key(), err.Error())
		}
		event := endpoint.NewEventFromResult(result)
		if err = s.insertEndpointEvent(tx, endpointID, event); err != nil {
			// Silently fail
			logr.Errorf("[sql.InsertEndpointResult] Failed to insert event=%s for endpoint with key=%s: %s", event.Type, ep.Key(), err.Error())
		}
	} else {
		// Get the success value of the previous result
		var lastResultSuccess bool
		if lastResultSuccess, err = s.getLastEndpointResultSuccessValue(tx, endpointID); err != nil { // safe: looks up the last endpoint_results row, inserts an endpoint_events row on a state change; not a uniqueness check of the inserted row
			// Silently fail
			logr.Errorf("[sql.InsertEndpointResult] Failed to retrieve outcome of previous result for endpoint with key=%s: %s", ep.Key(), err.Error())
		} else {
			// If we managed to retrieve the outcome of the previous result, we'll compare it with the new result.
			// If the final outcome (success or failure) of the previous and the new result aren't the same, it means
			// that the endpoint either went from Healthy to Unhealthy or Unhealthy -> Healthy, therefore, we'll add
			// an event to mark the change in state
			if lastResultSuccess != result.Success {
				event := endpoint.NewEventFromResult(result)
				if err = s.insertEndpointEvent(tx, endpointID, event); err != nil {
					// Silently fail
					logr.Errorf("[sql.InsertEndpointResult] Failed to insert event=%s for endpoint with key=%s: %s", event.Type, ep.Key(), err.Error())
				}
			}
		}
		// Clean up old events if we're above the threshold
		// This lets us both keep the table clean without impacting performance too much
		// (since we're only deleting MaximumNumberOfEvents at a time instead of 1)
		if numberOfEvents > int64(s.maximumNumberOfEvents+eventsAboveMaximumCleanUpThreshold) {
			if err = s.deleteOldEndpointEvents(tx, endpointID); err != nil {
				logr.Errorf("[sql.InsertEndpointResult] Failed to delete old events for endpoint with key=%s: %s", ep.Key(), err.Error())
			}
		}
	}
	// Second, we need to insert the result.
	if err = s.insertEndpointResult(tx, endpointID, result); err != nil {
		logr.Errorf("[sql.InsertEndpointResult] Failed to insert result for endpoint with key=%s: %s", ep.Key(), err.Error())
		_ = tx.Rollback() // If we can't insert the result, we'll rollback now since there's no point continuing
		return err
	}
	// Clean up old results
	numberOfResults, err := s.getNumberOfResultsByEndpointID(tx, endpointID)
	if err != nil {
		logr.Errorf("[sql.InsertEndpointResult] Failed to retrieve total number of results for endpoint with key=%s: %s", ep.Key(), err.Error())
	} else {
		if numberOfResults > int64(s.maximumNumberOfResults+resultsAboveMaximumCleanUpThreshold) {
			if err = s.deleteOldEndpointResults(tx, endpointID); err != nil {
				logr.Errorf("[sql.InsertEndpointResult] Failed to delete old results for endpoint with key=%s: %s", ep.Key(), err.Error())
			}
		}
	}
	// Finally, we need to insert the uptime data.
	// Because the uptime data significantly outlives the results, we can't rely on the results for determining the uptime
	if err = s.updateEndpointUptime(tx, endpointID, result); err != nil {
		logr.Errorf("[sql.InsertEndpointResult] Failed to update uptime for endpoint with key=%s: %s", ep.Key(), err.Error())
	}
	// Merge hourly uptime entries that can be merged into daily entries and clean up old uptime entries
	numberOfUptimeEntries, err := s.getNumberOfUptimeEntriesByEndpointID(tx, endpointID)
	if err != nil {
		logr.Errorf("[sql.InsertEndpointResult] Failed to retrieve total number of uptime entries for endpoint with key=%s: %s", ep.Key(), err.Error())
	} else {
		// Merge older hourly uptime entries into daily uptime entries if we have more than uptimeTotalEntriesMergeThreshold
		if numberOfUptimeEntries >= uptimeTotalEntriesMergeThreshold {
			logr.Infof("[sql.InsertEndpointResult] Merging hourly uptime entries for endpoint with key=%s; This is a lot of work, it shouldn't happen too often", ep.Key())
			if err = s.mergeHourlyUptimeEntriesOlderThanMergeThresholdIntoDailyUptimeEntries(tx, endpointID); err != nil {
				logr.Errorf("[sql.InsertEndpointResult] Failed to merge hourly uptime entries for endpoint with key=%s: %s", ep.Key(), err.Error())
			}
		}
	}
	// Clean up outdated uptime entries
	// In most cases, this would be handled by mergeHourlyUptimeEntriesOlderThanMergeThresholdIntoDailyUptimeEntries,
	// but if Gatus was temporarily shut down, we might have some old entries that need to be cleaned up
	ageOfOldestUptimeEntry, err := s.getAgeOfOldestEndpointUptimeEntry(tx, endpointID)
	if err != nil {
		logr.Errorf("[sql.InsertEndpointResult] Failed to retrieve oldest endpoint uptime entry for endpoint with key=%s: %s", ep.Key(), err.Error())
	} else {
		if ageOfOldestUptimeEntry > uptimeAgeCleanUpThreshold {
			if err = s.deleteOldUptimeEntries(tx, endpointID, time.Now().Add(-(uptimeRetention + time.Hour))); err != nil {
				logr.Errorf("[sql.InsertEndpointResult] Failed to delete old uptime entries for endpoint with key=%s: %s", ep.Key(), err.Error())
			}
		}
	}
	// (upstream :364-376 refreshes the write-through cache here; dropped)
	if err = tx.Commit(); err != nil {
		_ = tx.Rollback()
	}
	return err
}

// DeleteAllEndpointStatusesNotInKeys removes all rows owned by an endpoint whose key is not within the keys provided
// (upstream sql.go:384; called once at start-up from main.go:131 initializeStorage)
func (s *Store) DeleteAllEndpointStatusesNotInKeys(keys []string) int {
	logr.Debugf("[sql.DeleteAllEndpointStatusesNotInKeys] Called with %d keys", len(keys))
	var err error
	var result sql.Result
	if len(keys) == 0 {
		// Delete everything
		logr.Debugf("[sql.DeleteAllEndpointStatusesNotInKeys] No keys provided, deleting all endpoints")
		result, err = s.db.Exec("DELETE FROM endpoints")
	} else {
		// First check what we're about to delete
		args := make([]interface{}, 0, len(keys))
		checkQuery := "SELECT endpoint_key FROM endpoints WHERE endpoint_key NOT IN ("
		for i := range keys {
			checkQuery += fmt.Sprintf("$%d,", i+1)
			args = append(args, keys[i])
		}
		checkQuery = checkQuery[:len(checkQuery)-1] + ")"

		rows, checkErr := s.db.Query(checkQuery, args...) // safe: the lookup only feeds a log line before a DELETE; nothing is inserted
		if checkErr == nil {
			defer rows.Close()
			var deletedKeys []string
			for rows.Next() {
				var key string
				if err := rows.Scan(&key); err == nil {
					deletedKeys = append(deletedKeys, key)
				}
			}
			if len(deletedKeys) > 0 {
				logr.Infof("[sql.DeleteAllEndpointStatusesNotInKeys] Deleting endpoints with keys: %v", deletedKeys)
			} else {
				logr.Debugf("[sql.DeleteAllEndpointStatusesNotInKeys] No endpoints to delete")
			}
		}

		query := "DELETE FROM endpoints WHERE endpoint_key NOT IN ("
		for i := range keys {
			query += fmt.Sprintf("$%d,", i+1)
		}
		query = query[:len(query)-1] + ")" // Remove the last comma and add the closing parenthesis
		result, err = s.db.Exec(query, args...)
	}
	if err != nil {
		logr.Errorf("[sql.DeleteAllEndpointStatusesNotInKeys] Failed to delete rows that do not belong to any of keys=%v: %s", keys, err.Error())
		return 0
	}
	// Return number of rows deleted
	rowsAffects, _ := result.RowsAffected()
	return int(rowsAffects)
}

// GetTriggeredEndpointAlert returns whether the triggered alert for the specified endpoint as well as the necessary
// information to resolve it (upstream sql.go:442)
func (s *Store) GetTriggeredEndpointAlert(ep *endpoint.Endpoint, alert *alert.Alert) (exists bool, resolveKey string, numberOfSuccessesInARow int, err error) {
	err = s.db.QueryRow(
		"SELECT resolve_key, number_of_successes_in_a_row FROM endpoint_alerts_triggered WHERE endpoint_id = (SELECT endpoint_id FROM endpoints WHERE endpoint_key = $1 LIMIT 1) AND configuration_checksum = $2",
		ep.Key(),
		alert.Checksum(),
	).Scan(&resolveKey, &numberOfSuccessesInARow)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return false, "", 0, nil
		}
		return false, "", 0, err
	}
	return true, resolveKey, numberOfSuccessesInARow, nil
}

// UpsertTriggeredEndpointAlert inserts/updates a triggered alert for an endpoint
// Used for persistence of triggered alerts across application restarts
// (upstream sql.go:460)
func (s *Store) UpsertTriggeredEndpointAlert(ep *endpoint.Endpoint, triggeredAlert *alert.Alert) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	endpointID, err := s.getEndpointID(tx, ep) // race
	if err != nil {
		if errors.Is(err, common.ErrEndpointNotFound) {
			// Endpoint doesn't exist in the database, insert it
			// This shouldn't happen, but we'll handle it anyway
			if endpointID, err = s.insertEndpoint(tx, ep); err != nil {
				_ = tx.Rollback()
				logr.Errorf("[sql.UpsertTriggeredEndpointAlert] Failed to create endpoint with key=%s: %s", ep.Key(), err.Error())
				return err
			}
		} else {
			_ = tx.Rollback()
			logr.Errorf("[sql.UpsertTriggeredEndpointAlert] Failed to retrieve id of endpoint with key=%s: %s", ep.Key(), err.Error())
			return err
		}
	}
	_, err = tx.Exec(
		`
			INSERT INTO endpoint_alerts_triggered (endpoint_id, configuration_checksum, resolve_key, number_of_successes_in_a_row) 
			VALUES ($1, $2, $3, $4)
			ON CONFLICT(endpoint_id, configuration_checksum) DO UPDATE SET
				resolve_key = $3,
				number_of_successes_in_a_row = $4
		`,
		endpointID,
		triggeredAlert.Checksum(),
		triggeredAlert.ResolveKey,
		ep.NumberOfSuccessesInARow, // We only persist NumberOfSuccessesInARow, because all alerts in this table are already triggered
	)
	if err != nil {
		_ = tx.Rollback()
		logr.Errorf("[sql.UpsertTriggeredEndpointAlert] Failed to persist triggered alert for endpoint with key=%s: %s", ep.Key(), err.Error())
		return err
	}
	if err = tx.Commit(); err != nil {
		_ = tx.Rollback()
	}
	return nil
}

// DeleteTriggeredEndpointAlert deletes a triggered alert for an endpoint (upstream sql.go:507)
func (s *Store) DeleteTriggeredEndpointAlert(ep *endpoint.Endpoint, triggeredAlert *alert.Alert) error {
	_, err := s.db.Exec("DELETE FROM endpoint_alerts_triggered WHERE configuration_checksum = $1 AND endpoint_id = (SELECT endpoint_id FROM endpoints WHERE endpoint_key = $2 LIMIT 1)", triggeredAlert.Checksum(), ep.Key())
	return err
}

// DeleteAllTriggeredAlertsNotInChecksumsByEndpoint removes all triggered alerts owned by an endpoint whose alert
// configurations are not provided in the checksums list. (upstream sql.go:516)
func (s *Store) DeleteAllTriggeredAlertsNotInChecksumsByEndpoint(ep *endpoint.Endpoint, checksums []string) int {
	var err error
	var result sql.Result
	if len(checksums) == 0 {
		// No checksums? Then it means there are no (enabled) alerts configured for that endpoint, so we can get rid of all
		// persisted triggered alerts for that endpoint
		result, err = s.db.Exec("DELETE FROM endpoint_alerts_triggered WHERE endpoint_id = (SELECT endpoint_id FROM endpoints WHERE endpoint_key = $1 LIMIT 1)", ep.Key())
	} else {
		args := make([]interface{}, 0, len(checksums)+1)
		args = append(args, ep.Key())
		query := `DELETE FROM endpoint_alerts_triggered 
			WHERE endpoint_id = (SELECT endpoint_id FROM endpoints WHERE endpoint_key = $1 LIMIT 1)
			  AND configuration_checksum NOT IN (`
		for i := range checksums {
			query += fmt.Sprintf("$%d,", i+2)
			args = append(args, checksums[i])
		}
		query = query[:len(query)-1] + ")" // Remove the last comma and add the closing parenthesis
		result, err = s.db.Exec(query, args...)
	}
	if err != nil {
		logr.Errorf("[sql.DeleteAllTriggeredAlertsNotInChecksumsByEndpoint] Failed to delete rows for endpoint with key=%s that do not belong to any of checksums=%v: %s", ep.Key(), checksums, err.Error())
		return 0
	}
	// Return number of rows deleted
	rowsAffects, _ := result.RowsAffected()
	return int(rowsAffects)
}

// HasEndpointStatusNewerThan checks whether an endpoint has a status newer than the provided timestamp
// (upstream sql.go:547)
func (s *Store) HasEndpointStatusNewerThan(key string, timestamp time.Time) (bool, error) {
	if timestamp.IsZero() {
		return false, errors.New("timestamp is zero")
	}
	var count int
	err := s.db.QueryRow(
		"SELECT COUNT(*) FROM endpoint_results WHERE endpoint_id = (SELECT endpoint_id FROM endpoints WHERE endpoint_key = $1 LIMIT 1) AND timestamp > $2",
		key,
		timestamp.UTC(),
	).Scan(&count)
	if err != nil {
		// If the endpoint doesn't exist, we return false instead of an error
		return false, nil
	}
	return count > 0, nil
}

// Clear deletes everything from the store (upstream sql.go:565)
func (s *Store) Clear() {
	_, _ = s.db.Exec("DELETE FROM endpoints")
}

// Save does nothing, because this store is immediately persistent. (upstream sql.go:573)
func (s *Store) Save() error {
	return nil
}

// Close the database handle (upstream sql.go:578)
func (s *Store) Close() {
	_ = s.db.Close()
}

// insertEndpoint inserts an endpoint in the store and returns the generated id of said endpoint
// (upstream sql.go:587)
func (s *Store) insertEndpoint(tx *sql.Tx, ep *endpoint.Endpoint) (int64, error) {
	//logr.Debugf("[sql.insertEndpoint] Inserting endpoint with group=%s and name=%s", ep.Group, ep.Name)
	var id int64
	err := tx.QueryRow(
		"INSERT INTO endpoints (endpoint_key, endpoint_name, endpoint_group) VALUES ($1, $2, $3) RETURNING endpoint_id",
		ep.Key(),
		ep.Name,
		ep.Group,
	).Scan(&id)
	if err != nil {
		return 0, err
	}
	return id, nil
}

// insertEndpointEvent inserts en event in the store (upstream sql.go:603)
func (s *Store) insertEndpointEvent(tx *sql.Tx, endpointID int64, event *endpoint.Event) error {
	_, err := tx.Exec(
		"INSERT INTO endpoint_events (endpoint_id, event_type, event_timestamp) VALUES ($1, $2, $3)",
		endpointID,
		event.Type,
		event.Timestamp.UTC(),
	)
	if err != nil {
		return err
	}
	return nil
}

// insertEndpointResult inserts a result in the store (upstream sql.go:617)
func (s *Store) insertEndpointResult(tx *sql.Tx, endpointID int64, result *endpoint.Result) error {
	return s.insertEndpointResultWithSuiteID(tx, endpointID, result, nil)
}

// insertEndpointResultWithSuiteID inserts a result in the store with optional suite linkage
// (upstream sql.go:622)
func (s *Store) insertEndpointResultWithSuiteID(tx *sql.Tx, endpointID int64, result *endpoint.Result, suiteResultID *int64) error {
	var endpointResultID int64
	err := tx.QueryRow(
		`
			INSERT INTO endpoint_results (endpoint_id, success, errors, connected, status, dns_rcode, certificate_expiration, domain_expiration, hostname, ip, duration, timestamp, suite_result_id)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
			RETURNING endpoint_result_id
		`,
		endpointID,
		result.Success,
		strings.Join(result.Errors, arraySeparator),
		result.Connected,
		result.HTTPStatus,
		result.DNSRCode,
		result.CertificateExpiration,
		result.DomainExpiration,
		result.Hostname,
		result.IP,
		result.Duration,
		result.Timestamp.UTC(),
		suiteResultID,
	).Scan(&endpointResultID)
	if err != nil {
		return err
	}
	return s.insertConditionResults(tx, endpointResultID, result.ConditionResults)
}

// insertConditionResults (upstream sql.go:650)
func (s *Store) insertConditionResults(tx *sql.Tx, endpointResultID int64, conditionResults []*endpoint.ConditionResult) error {
	var err error
	for _, cr := range conditionResults {
		_, err = tx.Exec("INSERT INTO endpoint_result_conditions (endpoint_result_id, condition, success) VALUES ($1, $2, $3)",
			endpointResultID,
			cr.Condition,
			cr.Success,
		)
		if err != nil {
			return err
		}
	}
	return nil
}

// updateEndpointUptime (upstream sql.go:665)
func (s *Store) updateEndpointUptime(tx *sql.Tx, endpointID int64, result *endpoint.Result) error {
	unixTimestampFlooredAtHour := result.Timestamp.Truncate(time.Hour).Unix()
	var successfulExecutions int
	if result.Success {
		successfulExecutions = 1
	}
	_, err := tx.Exec( // safe: one atomic INSERT ... ON CONFLICT(endpoint_id, hour_unix_timestamp) DO UPDATE, no separate lookup
		`
			INSERT INTO endpoint_uptimes (endpoint_id, hour_unix_timestamp, total_executions, successful_executions, total_response_time) 
			VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT(endpoint_id, hour_unix_timestamp) DO UPDATE SET
				total_executions = excluded.total_executions + endpoint_uptimes.total_executions,
				successful_executions = excluded.successful_executions + endpoint_uptimes.successful_executions,
				total_response_time = excluded.total_response_time + endpoint_uptimes.total_response_time
		`,
		endpointID,
		unixTimestampFlooredAtHour,
		1,
		successfulExecutions,
		result.Duration.Milliseconds(),
	)
	return err
}

// getEndpointID (upstream sql.go:937)
func (s *Store) getEndpointID(tx *sql.Tx, ep *endpoint.Endpoint) (int64, error) {
	var id int64
	err := tx.QueryRow("SELECT endpoint_id FROM endpoints WHERE endpoint_key = $1", ep.Key()).Scan(&id)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return 0, common.ErrEndpointNotFound
		}
		return 0, err
	}
	return id, nil
}

// getNumberOfEventsByEndpointID (upstream sql.go:949)
func (s *Store) getNumberOfEventsByEndpointID(tx *sql.Tx, endpointID int64) (int64, error) {
	var numberOfEvents int64
	err := tx.QueryRow("SELECT COUNT(1) FROM endpoint_events WHERE endpoint_id = $1", endpointID).Scan(&numberOfEvents)
	return numberOfEvents, err
}

// getNumberOfResultsByEndpointID (upstream sql.go:955)
func (s *Store) getNumberOfResultsByEndpointID(tx *sql.Tx, endpointID int64) (int64, error) {
	var numberOfResults int64
	err := tx.QueryRow("SELECT COUNT(1) FROM endpoint_results WHERE endpoint_id = $1", endpointID).Scan(&numberOfResults)
	return numberOfResults, err
}

// getNumberOfUptimeEntriesByEndpointID (upstream sql.go:961)
func (s *Store) getNumberOfUptimeEntriesByEndpointID(tx *sql.Tx, endpointID int64) (int64, error) {
	var numberOfUptimeEntries int64
	err := tx.QueryRow("SELECT COUNT(1) FROM endpoint_uptimes WHERE endpoint_id = $1", endpointID).Scan(&numberOfUptimeEntries)
	return numberOfUptimeEntries, err
}

// getAgeOfOldestEndpointUptimeEntry (upstream sql.go:967)
func (s *Store) getAgeOfOldestEndpointUptimeEntry(tx *sql.Tx, endpointID int64) (time.Duration, error) {
	rows, err := tx.Query(
		`
			SELECT hour_unix_timestamp 
			FROM endpoint_uptimes 
			WHERE endpoint_id = $1 
			ORDER BY hour_unix_timestamp
			LIMIT 1
		`,
		endpointID,
	)
	if err != nil {
		return 0, err
	}
	var oldestEndpointUptimeUnixTimestamp int64
	var found bool
	for rows.Next() {
		_ = rows.Scan(&oldestEndpointUptimeUnixTimestamp)
		found = true
	}
	if !found {
		return 0, errNoRowsReturned
	}
	return time.Since(time.Unix(oldestEndpointUptimeUnixTimestamp, 0)), nil
}

// getLastEndpointResultSuccessValue (upstream sql.go:993)
func (s *Store) getLastEndpointResultSuccessValue(tx *sql.Tx, endpointID int64) (bool, error) {
	var success bool
	err := tx.QueryRow("SELECT success FROM endpoint_results WHERE endpoint_id = $1 ORDER BY endpoint_result_id DESC LIMIT 1", endpointID).Scan(&success)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return false, errNoRowsReturned
		}
		return false, err
	}
	return success, nil
}

// deleteOldEndpointEvents deletes endpoint events that are no longer needed (upstream sql.go:1006)
func (s *Store) deleteOldEndpointEvents(tx *sql.Tx, endpointID int64) error {
	_, err := tx.Exec(
		`
			DELETE FROM endpoint_events 
			WHERE endpoint_id = $1
				AND endpoint_event_id NOT IN (
					SELECT endpoint_event_id 
					FROM endpoint_events
					WHERE endpoint_id = $1
					ORDER BY endpoint_event_id DESC
					LIMIT $2
				)
		`,
		endpointID,
		s.maximumNumberOfEvents,
	)
	return err
}

// deleteOldEndpointResults deletes endpoint results that are no longer needed (upstream sql.go:1026)
func (s *Store) deleteOldEndpointResults(tx *sql.Tx, endpointID int64) error {
	_, err := tx.Exec(
		`
			DELETE FROM endpoint_results
			WHERE endpoint_id = $1 
				AND endpoint_result_id NOT IN (
					SELECT endpoint_result_id
					FROM endpoint_results
					WHERE endpoint_id = $1
					ORDER BY endpoint_result_id DESC
					LIMIT $2
				)
		`,
		endpointID,
		s.maximumNumberOfResults,
	)
	return err
}

// deleteOldUptimeEntries (upstream sql.go:1045)
func (s *Store) deleteOldUptimeEntries(tx *sql.Tx, endpointID int64, maxAge time.Time) error {
	_, err := tx.Exec("DELETE FROM endpoint_uptimes WHERE endpoint_id = $1 AND hour_unix_timestamp < $2", endpointID, maxAge.Unix())
	return err
}

// mergeHourlyUptimeEntriesOlderThanMergeThresholdIntoDailyUptimeEntries merges all hourly uptime entries older than
// uptimeHourlyMergeThreshold from now into daily uptime entries by summing all hourly entries of the same day into a
// single entry. (upstream sql.go:1057)
func (s *Store) mergeHourlyUptimeEntriesOlderThanMergeThresholdIntoDailyUptimeEntries(tx *sql.Tx, endpointID int64) error {
	now := time.Now()
	minThreshold := now.Add(-uptimeHourlyBuffer)
	minThreshold = time.Date(minThreshold.Year(), minThreshold.Month(), minThreshold.Day(), 0, 0, 0, 0, minThreshold.Location())
	maxThreshold := now.Add(-uptimeRetention)
	// Get all uptime entries older than uptimeHourlyMergeThreshold
	rows, err := tx.Query( // safe: the daily rows built from this preloaded set are written with INSERT ... ON CONFLICT(endpoint_id, hour_unix_timestamp) DO UPDATE
		`
			SELECT hour_unix_timestamp, total_executions, successful_executions, total_response_time
			FROM endpoint_uptimes
			WHERE endpoint_id = $1
				AND hour_unix_timestamp < $2
			    AND hour_unix_timestamp >= $3
		`,
		endpointID,
		minThreshold.Unix(),
		maxThreshold.Unix(),
	)
	if err != nil {
		return err
	}
	type Entry struct {
		totalExecutions      int
		successfulExecutions int
		totalResponseTime    int
	}
	dailyEntries := make(map[int64]*Entry)
	for rows.Next() {
		var unixTimestamp int64
		entry := Entry{}
		if err = rows.Scan(&unixTimestamp, &entry.totalExecutions, &entry.successfulExecutions, &entry.totalResponseTime); err != nil {
			return err
		}
		timestamp := time.Unix(unixTimestamp, 0)
		unixTimestampFlooredAtDay := time.Date(timestamp.Year(), timestamp.Month(), timestamp.Day(), 0, 0, 0, 0, timestamp.Location()).Unix()
		if dailyEntry := dailyEntries[unixTimestampFlooredAtDay]; dailyEntry == nil {
			dailyEntries[unixTimestampFlooredAtDay] = &entry
		} else {
			dailyEntries[unixTimestampFlooredAtDay].totalExecutions += entry.totalExecutions
			dailyEntries[unixTimestampFlooredAtDay].successfulExecutions += entry.successfulExecutions
			dailyEntries[unixTimestampFlooredAtDay].totalResponseTime += entry.totalResponseTime
		}
	}
	// Delete older hourly uptime entries
	_, err = tx.Exec("DELETE FROM endpoint_uptimes WHERE endpoint_id = $1 AND hour_unix_timestamp < $2", endpointID, minThreshold.Unix())
	if err != nil {
		return err
	}
	// Insert new daily uptime entries
	for unixTimestamp, entry := range dailyEntries {
		_, err = tx.Exec(
			`
					INSERT INTO endpoint_uptimes (endpoint_id, hour_unix_timestamp, total_executions, successful_executions, total_response_time)
					VALUES ($1, $2, $3, $4, $5)
					ON CONFLICT(endpoint_id, hour_unix_timestamp) DO UPDATE SET
						total_executions = $3,
						successful_executions = $4,
						total_response_time = $5
				`,
			endpointID,
			unixTimestamp,
			entry.totalExecutions,
			entry.successfulExecutions,
			entry.totalResponseTime,
		)
		if err != nil {
			return err
		}
	}
	// TODO: Find a way to ignore entries that were already merged?
	return nil
}

// InsertSuiteResult adds the observed result for the specified suite into the store (upstream sql.go:1287)
func (s *Store) InsertSuiteResult(su *suite.Suite, result *suite.Result) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()

	// Get or create suite
	suiteID, err := s.getSuiteID(tx, su) // safe: only called from the one monitorSuite goroutine of this suite (watchdog.go:56, suite.go:81); suite keys are unique in the configuration
	if err != nil {
		if errors.Is(err, common.ErrSuiteNotFound) {
			// Suite doesn't exist in the database, insert it
			if suiteID, err = s.insertSuite(tx, su); err != nil {
				logr.Errorf("[sql.InsertSuiteResult] Failed to create suite with key=%s: %s", su.Key(), err.Error())
				return err
			}
		} else {
			logr.Errorf("[sql.InsertSuiteResult] Failed to retrieve id of suite with key=%s: %s", su.Key(), err.Error())
			return err
		}
	}
	// Insert suite result
	var suiteResultID int64
	err = tx.QueryRow(`
		INSERT INTO suite_results (suite_id, success, errors, duration, timestamp)
		VALUES ($1, $2, $3, $4, $5)
		RETURNING suite_result_id
	`,
		suiteID,
		result.Success,
		strings.Join(result.Errors, arraySeparator),
		result.Duration.Nanoseconds(),
		result.Timestamp.UTC(), // timestamp is the start time
	).Scan(&suiteResultID)
	if err != nil {
		return err
	}
	// For each endpoint result in the suite, we need to store them
	for _, epResult := range result.EndpointResults {
		// Create a temporary endpoint object for storage
		ep := &endpoint.Endpoint{
			Name:  epResult.Name,
			Group: su.Group,
		}
		// Get or create the endpoint (without suite linkage in endpoints table)
		epID, err := s.getEndpointID(tx, ep) // safe: same single goroutine per suite; suite endpoint keys are unique across the whole configuration (config.ValidateUniqueKeys)
		if err != nil {
			if errors.Is(err, common.ErrEndpointNotFound) {
				// Endpoint doesn't exist, create it
				if epID, err = s.insertEndpoint(tx, ep); err != nil {
					logr.Errorf("[sql.InsertSuiteResult] Failed to create endpoint %s: %s", epResult.Name, err.Error())
					continue
				}
			} else {
				logr.Errorf("[sql.InsertSuiteResult] Failed to get endpoint %s: %s", epResult.Name, err.Error())
				continue
			}
		}
		// InsertEndpointResult the endpoint result with suite linkage
		err = s.insertEndpointResultWithSuiteID(tx, epID, epResult, &suiteResultID)
		if err != nil {
			logr.Errorf("[sql.InsertSuiteResult] Failed to insert endpoint result for %s: %s", epResult.Name, err.Error())
		}
	}
	// Clean up old suite results
	numberOfResults, err := s.getNumberOfSuiteResultsByID(tx, suiteID)
	if err != nil {
		logr.Errorf("[sql.InsertSuiteResult] Failed to retrieve total number of results for suite with key=%s: %s", su.Key(), err.Error())
	} else {
		if numberOfResults > int64(s.maximumNumberOfResults+resultsAboveMaximumCleanUpThreshold) {
			if err = s.deleteOldSuiteResults(tx, suiteID); err != nil {
				logr.Errorf("[sql.InsertSuiteResult] Failed to delete old results for suite with key=%s: %s", su.Key(), err.Error())
			}
		}
	}
	if err = tx.Commit(); err != nil {
		return err
	}
	return nil
}

// DeleteAllSuiteStatusesNotInKeys removes all suite statuses that are not within the keys provided
// (upstream sql.go:1369; called once at start-up from main.go:112 initializeStorage)
func (s *Store) DeleteAllSuiteStatusesNotInKeys(keys []string) int {
	logr.Debugf("[sql.DeleteAllSuiteStatusesNotInKeys] Called with %d keys", len(keys))
	if len(keys) == 0 {
		// Delete all suites
		logr.Debugf("[sql.DeleteAllSuiteStatusesNotInKeys] No keys provided, deleting all suites")
		result, err := s.db.Exec("DELETE FROM suites")
		if err != nil {
			logr.Errorf("[sql.DeleteAllSuiteStatusesNotInKeys] Failed to delete all suites: %s", err.Error())
			return 0
		}
		rowsAffected, _ := result.RowsAffected()
		return int(rowsAffected)
	}
	args := make([]interface{}, 0, len(keys))
	query := "DELETE FROM suites WHERE suite_key NOT IN ("
	for i := range keys {
		if i > 0 {
			query += ","
		}
		query += fmt.Sprintf("$%d", i+1)
		args = append(args, keys[i])
	}
	query += ")"
	// First, let's see what we're about to delete
	checkQuery := "SELECT suite_key FROM suites WHERE suite_key NOT IN ("
	for i := range keys {
		if i > 0 {
			checkQuery += ","
		}
		checkQuery += fmt.Sprintf("$%d", i+1)
	}
	checkQuery += ")"
	rows, err := s.db.Query(checkQuery, args...) // safe: the lookup only feeds a log line before a DELETE; nothing is inserted
	if err == nil {
		defer rows.Close()
		var deletedKeys []string
		for rows.Next() {
			var key string
			if err := rows.Scan(&key); err == nil {
				deletedKeys = append(deletedKeys, key)
			}
		}
		if len(deletedKeys) > 0 {
			logr.Infof("[sql.DeleteAllSuiteStatusesNotInKeys] Deleting suites with keys: %v", deletedKeys)
		}
	}
	result, err := s.db.Exec(query, args...)
	if err != nil {
		logr.Errorf("[sql.DeleteAllSuiteStatusesNotInKeys] Failed to delete suites: %s", err.Error())
		return 0
	}
	rowsAffected, _ := result.RowsAffected()
	return int(rowsAffected)
}

// getSuiteID retrieves the suite ID from the database by its key (upstream sql.go:1427)
func (s *Store) getSuiteID(tx *sql.Tx, su *suite.Suite) (int64, error) {
	var id int64
	err := tx.QueryRow("SELECT suite_id FROM suites WHERE suite_key = $1", su.Key()).Scan(&id)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return 0, common.ErrSuiteNotFound
		}
		return 0, err
	}
	return id, nil
}

// insertSuite inserts a suite in the store and returns the generated id (upstream sql.go:1440)
func (s *Store) insertSuite(tx *sql.Tx, su *suite.Suite) (int64, error) {
	var id int64
	err := tx.QueryRow(
		"INSERT INTO suites (suite_key, suite_name, suite_group) VALUES ($1, $2, $3) RETURNING suite_id",
		su.Key(),
		su.Name,
		su.Group,
	).Scan(&id)
	if err != nil {
		return 0, err
	}
	return id, nil
}

// getNumberOfSuiteResultsByID gets the count of results for a suite (upstream sql.go:1611)
func (s *Store) getNumberOfSuiteResultsByID(tx *sql.Tx, suiteID int64) (int64, error) {
	var count int64
	err := tx.QueryRow("SELECT COUNT(1) FROM suite_results WHERE suite_id = $1", suiteID).Scan(&count)
	return count, err
}

// deleteOldSuiteResults deletes old suite results beyond the maximum (upstream sql.go:1618)
func (s *Store) deleteOldSuiteResults(tx *sql.Tx, suiteID int64) error {
	_, err := tx.Exec(`
		DELETE FROM suite_results
		WHERE suite_id = $1 
			AND suite_result_id NOT IN (
				SELECT suite_result_id
				FROM suite_results
				WHERE suite_id = $1
				ORDER BY suite_result_id DESC
				LIMIT $2
			)
	`,
		suiteID,
		s.maximumNumberOfResults,
	)
	return err
}
