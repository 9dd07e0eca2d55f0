package server

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/netip"
	"regexp"
	"sync"
	"time"

	"example.com/heldout/ntfy/log"
	"example.com/heldout/ntfy/user"
	"example.com/heldout/ntfy/util"
)

// Config is the main config struct for the application (server/config.go, reduced)
type Config struct {
	EnableSignup                 bool
	CacheFile                    string
	CacheStartupQueries          string
	CacheDuration                time.Duration
	CacheBatchSize               int
	CacheBatchTimeout            time.Duration
	AuthFile                     string
	AuthStartupQueries           string
	AuthDefault                  user.Permission
	AuthBcryptCost               int
	AuthStatsQueueWriterInterval time.Duration
	WebPushFile                  string
	WebPushStartupQueries        string
}

// Server is the main server, providing the UI and API for ntfy (server/server.go, reduced)
type Server struct {
	config       *Config
	userManager  *user.Manager // Might be nil!
	messageCache *messageCache // Database that stores the messages
	webPush      *webPushStore // Database that stores web push subscriptions
	topics       map[string]*topic
	mu           sync.RWMutex
}

var (
	topicRegex       = regexp.MustCompile(`^[-_A-Za-z0-9]{1,64}$`) // No /!
	phoneNumberRegex = regexp.MustCompile(`^\+\d{1,100}$`)

	webPushAllowedEndpointsRegex = regexp.MustCompile(`^https://`)
	retryUserDelays              = []time.Duration{3 * time.Second, 5 * time.Second, 7 * time.Second}
)

const (
	jsonBodyBytesLimit         = 32768 // Max number of bytes for a request bodys (unless MessageLimit is higher)
	webPushTopicSubscribeLimit = 50
	tagMessageCache            = "message_cache"
	tagStripe                  = "stripe"
	tagAccount                 = "account"
)

// New instantiates a new Server. It creates the cache and adds a Firebase
// subscriber (if configured). (server/server.go:140, reduced to the three stores; all three
// are created here, once, before the HTTP listener starts)
func New(conf *Config) (*Server, error) {
	messageCache, err := newSqliteCache(conf.CacheFile, conf.CacheStartupQueries, conf.CacheDuration, conf.CacheBatchSize, conf.CacheBatchTimeout, false)
	if err != nil {
		return nil, err
	}
	var webPush *webPushStore
	if conf.WebPushFile != "" {
		webPush, err = newWebPushStore(conf.WebPushFile, conf.WebPushStartupQueries)
		if err != nil {
			return nil, err
		}
	}
	var userManager *user.Manager
	if conf.AuthFile != "" {
		userManager, err = user.NewManager(conf.AuthFile, conf.AuthStartupQueries, conf.AuthDefault, conf.AuthBcryptCost, conf.AuthStatsQueueWriterInterval)
		if err != nil {
			return nil, err
		}
	}
	return &Server{
		config:       conf,
		messageCache: messageCache,
		webPush:      webPush,
		userManager:  userManager,
		topics:       make(map[string]*topic),
	}, nil
}

// topic represents a channel to which subscribers can subscribe and publishers
// can publish a message (server/topic.go, reduced)
type topic struct {
	ID string
}

// CancelSubscribersExceptUser kills the subscribers of the topic except the given user (server/topic.go)
func (t *topic) CancelSubscribersExceptUser(userID string) {}

// topicFromID returns the topic with the given ID (server/server.go)
func (s *Server) topicFromID(id string) (*topic, error) {
	topics, err := s.topicsFromIDs(id)
	if err != nil {
		return nil, err
	}
	return topics[0], nil
}

// topicsFromIDs returns the topics with the given IDs, creating them if they don't exist
// (server/server.go; in-memory map under s.mu)
func (s *Server) topicsFromIDs(ids ...string) ([]*topic, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	topics := make([]*topic, 0)
	for _, id := range ids {
		if _, ok := s.topics[id]; !ok {
			s.topics[id] = &topic{ID: id}
		}
		topics = append(topics, s.topics[id])
	}
	return topics, nil
}

// visitor represents an API user, and its associated rate limiting (server/visitor.go, reduced)
type visitor struct {
	ip   netip.Addr
	user *user.User
	mu   sync.RWMutex
}

// User returns the visitor user, or nil if there is none
func (v *visitor) User() *user.User {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return v.user
}

// SetUser sets the visitors user to the given value
func (v *visitor) SetUser(u *user.User) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.user = u
}

// MaybeUserID returns the user ID of the visitor (if any). If this is an anonymous visitor,
// an empty string is returned.
func (v *visitor) MaybeUserID() string {
	if u := v.User(); u != nil {
		return u.ID
	}
	return ""
}

// IP returns the visitor IP address
func (v *visitor) IP() netip.Addr { return v.ip }

// AccountCreationAllowed returns true if a new account can be created (rate limiter)
func (v *visitor) AccountCreationAllowed() bool { return true }

// AccountCreated decreases the account creation limiter
func (v *visitor) AccountCreated() {}

// visitor returns the visitor for the given IP and user (server/server.go)
func (s *Server) visitor(ip netip.Addr, u *user.User) *visitor {
	return &visitor{ip: ip, user: u}
}

// publishSyncEventAsync kicks of a Go routine to publish a sync message to the user's sync topic
func (s *Server) publishSyncEventAsync(v *visitor) {}

// pruneMessages deletes expired messages and attachments (server/server_manager.go)
func (s *Server) pruneMessages() {}

// verifyPhoneNumber sends a verification code via Twilio (server/server_twilio.go)
func (s *Server) verifyPhoneNumber(v *visitor, r *http.Request, phoneNumber, channel string) error {
	return nil
}

// verifyPhoneNumberCheck checks the verification code via Twilio (server/server_twilio.go)
func (s *Server) verifyPhoneNumberCheck(v *visitor, r *http.Request, phoneNumber, code string) error {
	return nil
}

// readJSONWithLimit reads the request body as JSON (server/util.go:148)
func readJSONWithLimit[T any](r io.ReadCloser, limit int, allowEmpty bool) (*T, error) {
	defer r.Close()
	var obj T
	if err := json.NewDecoder(io.LimitReader(r, int64(limit))).Decode(&obj); err != nil {
		if errors.Is(err, io.EOF) && allowEmpty {
			return &obj, nil
		}
		return nil, errHTTPBadRequestJSONInvalid
	}
	return &obj, nil
}

func (s *Server) writeJSON(w http.ResponseWriter, v any) error {
	w.Header().Set("Content-Type", "application/json")
	return json.NewEncoder(w).Encode(v)
}

// logvr creates a new log event with HTTP request and visitor fields (server/log.go)
func logvr(v *visitor, r *http.Request) *log.Event {
	return log.Tag("http")
}

var _ = util.Contains[string]

// Context returns the log context of the topic (server/topic.go)
func (t *topic) Context() log.Context {
	return log.Context{"topic": t.ID}
}

// killUserSubscriber cancels all subscribers of the user for the topic pattern (server/server_admin.go:186)
func (s *Server) killUserSubscriber(u *user.User, topicPattern string) error {
	return nil
}

const visitorDefaultReservationsLimit = int64(0) // server/visitor.go
