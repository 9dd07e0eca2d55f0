// Package model is a reduced copy of miniflux internal/model: only the types
// and fields used by the catalogued storage functions and handlers.
package model // import "example.com/realworld/miniflux/internal/model"

import "time"

// User is internal/model/user.go (User).
type User struct {
	ID                              int64      `json:"id"`
	Username                        string     `json:"username"`
	Password                        string     `json:"-"`
	IsAdmin                         bool       `json:"is_admin"`
	Theme                           string     `json:"theme"`
	Language                        string     `json:"language"`
	Timezone                        string     `json:"timezone"`
	EntryDirection                  string     `json:"entry_sorting_direction"`
	EntryOrder                      string     `json:"entry_sorting_order"`
	Stylesheet                      string     `json:"stylesheet"`
	CustomJS                        string     `json:"custom_js"`
	ExternalFontHosts               string     `json:"external_font_hosts"`
	GoogleID                        string     `json:"google_id"`
	OpenIDConnectID                 string     `json:"openid_connect_id"`
	EntriesPerPage                  int        `json:"entries_per_page"`
	KeyboardShortcuts               bool       `json:"keyboard_shortcuts"`
	ShowReadingTime                 bool       `json:"show_reading_time"`
	EntrySwipe                      bool       `json:"entry_swipe"`
	GestureNav                      string     `json:"gesture_nav"`
	LastLoginAt                     *time.Time `json:"last_login_at"`
	DisplayMode                     string     `json:"display_mode"`
	DefaultReadingSpeed             int        `json:"default_reading_speed"`
	CJKReadingSpeed                 int        `json:"cjk_reading_speed"`
	DefaultHomePage                 string     `json:"default_home_page"`
	CategoriesSortingOrder          string     `json:"categories_sorting_order"`
	MarkReadOnView                  bool       `json:"mark_read_on_view"`
	MarkReadOnMediaPlayerCompletion bool       `json:"mark_read_on_media_player_completion"`
	MediaPlaybackRate               float64    `json:"media_playback_rate"`
	BlockFilterEntryRules           string     `json:"block_filter_entry_rules"`
	KeepFilterEntryRules            string     `json:"keep_filter_entry_rules"`
	AlwaysOpenExternalLinks         bool       `json:"always_open_external_links"`
	OpenExternalLinksInNewTab       bool       `json:"open_external_links_in_new_tab"`
}

// UserCreationRequest is internal/model/user.go:49.
type UserCreationRequest struct {
	Username        string `json:"username"`
	Password        string `json:"password"`
	IsAdmin         bool   `json:"is_admin"`
	GoogleID        string `json:"google_id"`
	OpenIDConnectID string `json:"openid_connect_id"`
}

// UserModificationRequest is internal/model/user.go (username and password only).
type UserModificationRequest struct {
	Username *string `json:"username"`
	Password *string `json:"password"`
}

// Patch updates the User object with the modification request.
func (u *UserModificationRequest) Patch(user *User) {
	if u.Username != nil {
		user.Username = *u.Username
	}
	if u.Password != nil {
		user.Password = *u.Password
	}
}

// Category is internal/model/category.go.
type Category struct {
	ID           int64  `json:"id"`
	Title        string `json:"title"`
	UserID       int64  `json:"user_id"`
	HideGlobally bool   `json:"hide_globally"`
}

// CategoryCreationRequest is internal/model/category.go.
type CategoryCreationRequest struct {
	Title        string `json:"title"`
	HideGlobally bool   `json:"hide_globally"`
}

// CategoryModificationRequest is internal/model/category.go.
type CategoryModificationRequest struct {
	Title        *string `json:"title"`
	HideGlobally *bool   `json:"hide_globally"`
}

// Patch updates a category with the modification request.
func (c *CategoryModificationRequest) Patch(category *Category) {
	if c.Title != nil {
		category.Title = *c.Title
	}
	if c.HideGlobally != nil {
		category.HideGlobally = *c.HideGlobally
	}
}

// Feed is internal/model/feed.go (reduced).
type Feed struct {
	ID                 int64     `json:"id"`
	UserID             int64     `json:"user_id"`
	FeedURL            string    `json:"feed_url"`
	SiteURL            string    `json:"site_url"`
	Title              string    `json:"title"`
	Description        string    `json:"description"`
	CheckedAt          time.Time `json:"checked_at"`
	EtagHeader         string    `json:"etag_header"`
	LastModifiedHeader string    `json:"last_modified_header"`
	ParsingErrorMsg    string    `json:"parsing_error_message"`
	ParsingErrorCount  int       `json:"parsing_error_count"`
	UserAgent          string    `json:"user_agent"`
	Crawler            bool      `json:"crawler"`
	IgnoreEntryUpdates bool      `json:"ignore_entry_updates"`
	IconURL            string    `json:"-"`
	Language           string    `json:"language"`
	Category           *Category `json:"category,omitempty"`
	Entries            Entries   `json:"entries,omitempty"`
}

// WithCategoryID initializes the category attribute of the feed.
func (f *Feed) WithCategoryID(categoryID int64) {
	f.Category = &Category{ID: categoryID}
}

// CheckedNow set attribute values when the feed is refreshed.
func (f *Feed) CheckedNow() {
	f.CheckedAt = time.Now()
}

// ResetErrorCounter removes all previous errors.
func (f *Feed) ResetErrorCounter() {
	f.ParsingErrorCount = 0
	f.ParsingErrorMsg = ""
}

// FeedCreationRequest is internal/model/feed.go (reduced).
type FeedCreationRequest struct {
	FeedURL    string `json:"feed_url"`
	CategoryID int64  `json:"category_id"`
	UserAgent  string `json:"user_agent"`
	Crawler    bool   `json:"crawler"`
}

// FeedModificationRequest is internal/model/feed.go (reduced).
type FeedModificationRequest struct {
	FeedURL    *string `json:"feed_url"`
	Title      *string `json:"title"`
	CategoryID *int64  `json:"category_id"`
}

// Patch updates a feed with modified values.
func (f *FeedModificationRequest) Patch(feed *Feed) {
	if f.FeedURL != nil && *f.FeedURL != "" {
		feed.FeedURL = *f.FeedURL
	}
	if f.Title != nil && *f.Title != "" {
		feed.Title = *f.Title
	}
	if f.CategoryID != nil && *f.CategoryID > 0 {
		feed.Category.ID = *f.CategoryID
	}
}

// Entry is internal/model/entry.go (reduced).
type Entry struct {
	ID          int64         `json:"id"`
	UserID      int64         `json:"user_id"`
	FeedID      int64         `json:"feed_id"`
	Status      string        `json:"status"`
	Hash        string        `json:"hash"`
	Title       string        `json:"title"`
	URL         string        `json:"url"`
	CommentsURL string        `json:"comments_url"`
	Date        time.Time     `json:"published_at"`
	CreatedAt   time.Time     `json:"created_at"`
	ChangedAt   time.Time     `json:"changed_at"`
	Content     string        `json:"content"`
	Author      string        `json:"author"`
	ReadingTime int           `json:"reading_time"`
	Tags        []string      `json:"tags"`
	Language    string        `json:"language"`
	Enclosures  EnclosureList `json:"enclosures"`
}

// Entries represents a list of entries.
type Entries []*Entry

// Enclosure is internal/model/enclosure.go (reduced).
type Enclosure struct {
	ID               int64  `json:"id"`
	UserID           int64  `json:"user_id"`
	EntryID          int64  `json:"entry_id"`
	URL              string `json:"url"`
	MimeType         string `json:"mime_type"`
	Size             int64  `json:"size"`
	MediaProgression int64  `json:"media_progression"`
}

// EnclosureList represents a list of attachments.
type EnclosureList []*Enclosure

// Icon is internal/model/icon.go.
type Icon struct {
	ID         int64  `json:"id"`
	Hash       string `json:"hash"`
	MimeType   string `json:"mime_type"`
	Content    []byte `json:"-"`
	ExternalID string `json:"external_id"`
}

// APIKey is internal/model/api_key.go.
type APIKey struct {
	ID          int64      `json:"id"`
	UserID      int64      `json:"user_id"`
	Token       string     `json:"token"`
	Description string     `json:"description"`
	LastUsedAt  *time.Time `json:"last_used_at"`
	CreatedAt   time.Time  `json:"created_at"`
}

// APIKeyCreationRequest is internal/model/api_key.go.
type APIKeyCreationRequest struct {
	Description string `json:"description"`
}

// Integration is internal/model/integration.go (reduced).
type Integration struct {
	UserID        int64
	FeverEnabled  bool
	FeverUsername string
	FeverToken    string
}

// WebSession is internal/model/web_session.go (reduced).
type WebSession struct {
	ID         string
	SecretHash []byte
	UserID     *int64
	CreatedAt  time.Time
	UserAgent  string
	IP         string
	dirty      bool
}

// IsDirty reports whether the session state changed during the request.
func (s *WebSession) IsDirty() bool { return s.dirty }

// NewWebSession is internal/model/web_session.go:56: a fresh random ID.
func NewWebSession(userAgent, ip string) (*WebSession, string) {
	secret := randText()
	session := &WebSession{
		ID:        randText(),
		UserAgent: userAgent,
		IP:        ip,
	}
	return session, secret
}

func randText() string { return time.Now().Format(time.RFC3339Nano) }
