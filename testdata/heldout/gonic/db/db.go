// Package db reproduces go.senan.xyz/gonic/db/db.go (trimmed): the *gorm.DB wrapper,
// the settings helpers and the models with their struct tags copied verbatim (the schema
// is built by gorm v1 AutoMigrate from these tags, see migrations.go).
package db

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/jinzhu/gorm"

	// TODO: remove this dep
	"example.com/heldout/gonic/server/ctrlsubsonic/specid"
)

type DB struct {
	*gorm.DB
}

// New reproduces db/db.go:25. The SQLite driver is linked by package deps upstream
// (github.com/ncruces/go-sqlite3/driver, or github.com/mattn/go-sqlite3 with -tags nowasm);
// it is not linked here. The DSN options are deps.DBDriverOptions (WAL, busy_timeout(30000)).
func New(path string, opts url.Values, logQueries bool) (*DB, error) {
	u := url.URL{
		Scheme:   "file",
		Opaque:   path,
		RawQuery: opts.Encode(),
	}

	db, err := gorm.Open("sqlite3", u.String())
	if err != nil {
		return nil, fmt.Errorf("with gorm: %w", err)
	}

	if logQueries {
		db.LogMode(true)
	}

	db.DB().SetMaxOpenConns(4)

	return &DB{DB: db}, nil
}

// InsertBulkLeftManyRows reproduces db/db.go:65 (an INSERT OR IGNORE, no lookup).
func (db *DB) InsertBulkLeftManyRows(table string, head []string, left int, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	tail := len(head) - 1
	placeholder := "(?" + strings.Repeat(", ?", tail) + ")"

	placeholders := make([]string, len(rows))
	values := make([]any, 0, len(rows)*len(head))
	for i, r := range rows {
		if len(r) != tail {
			return fmt.Errorf("row %d has %d values, expected %d", i, len(r), tail)
		}
		placeholders[i] = placeholder
		values = append(values, left)
		values = append(values, r...)
	}
	q := fmt.Sprintf("INSERT OR IGNORE INTO %q (%s) VALUES %s",
		table,
		strings.Join(head, ", "),
		strings.Join(placeholders, ", "),
	)
	return db.Exec(q, values...).Error
}

// GetUserByID returns nil if no user matches the id.
func (db *DB) GetUserByID(id int) (*User, error) {
	var user User
	err := db.
		Where("id=?", id).
		First(&user).
		Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &user, nil
}

// GetUserByName returns nil if no user matches the name.
func (db *DB) GetUserByName(name string) (*User, error) {
	var user User
	err := db.
		Where("name=?", name).
		First(&user).
		Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &user, nil
}

func (db *DB) Transaction(cb func(*DB) error) error {
	return db.DB.Transaction(func(tx *gorm.DB) error {
		return cb(&DB{DB: tx})
	})
}

type SettingKey string

const (
	LastFMAPIKey SettingKey = "lastfm_api_key" //nolint:gosec
	LastFMSecret SettingKey = "lastfm_secret"
	LastScanTime SettingKey = "last_scan_time"
)

// GetSetting reproduces db/db.go:179 (a read; "" when not found).
func (db *DB) GetSetting(key SettingKey) (string, error) {
	var setting Setting
	if err := db.Where("key=?", key).First(&setting).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return "", err
	}
	return setting.Value, nil
}

// SetSetting reproduces db/db.go:187. jinzhu/gorm FirstOrCreate (main.go:429-440) is a
// SELECT ... WHERE key=? LIMIT 1, then on not found an INSERT (with the Assign values), on
// found an UPDATE; no transaction, no lock. Callers: ctrladmin ServeUpdateLastFMAPIKeyDo
// (admin HTTP form, keys lastfm_api_key / lastfm_secret), the scanner (last_scan_time,
// single-flight) and start-up (session_key). Two concurrent first writes of one key both
// see no row and both INSERT; settings.key is the primary key (Setting below), so the
// second fails where, run one after the other, it would have updated the row.
func (db *DB) SetSetting(key SettingKey, value string) error {
	return db. // race
			Where("key=?", key).
			Assign(Setting{Key: key, Value: value}).
			FirstOrCreate(&Setting{}).
			Error
}

type Artist struct {
	ID            int    `gorm:"primary_key"`
	Name          string `gorm:"not null; index"`
	NameUDec      string `sql:"default: null"`
	MusicBrainzID string `sql:"default: ''" gorm:"not null"`
	ArtistStar    *ArtistStar
	ArtistRating  *ArtistRating
	Info          *ArtistInfo `gorm:"foreignkey:id"`
}

type Genre struct {
	ID   int    `gorm:"primary_key"`
	Name string `gorm:"not null; unique_index"`
}

type Track struct {
	ID                   int `gorm:"primary_key"`
	CreatedAt            time.Time
	UpdatedAt            time.Time
	Filename             string `gorm:"not null; unique_index:idx_folder_filename" sql:"default: null"`
	FilenameUDec         string `sql:"default: null"`
	Album                *Album
	AlbumID              int            `gorm:"not null; unique_index:idx_folder_filename" sql:"default: null; type:int REFERENCES albums(id) ON DELETE CASCADE"`
	Credits              []*TrackCredit `gorm:"foreignkey:track_id"`
	Genres               []*Genre       `gorm:"many2many:track_genres"`
	ISRCs                []*TrackISRC   `gorm:"foreignkey:track_id"`
	Size                 int            `sql:"default: null"`
	Length               int            `sql:"default: null"`
	Bitrate              int            `sql:"default: null"`
	TagTitle             string         `sql:"default: null"`
	TagTitleUDec         string         `sql:"default: null"`
	TagTrackArtist       string         `sql:"default: null"`
	TagTrackArtistCredit string         `sql:"default: null"` // set when ARTIST_CREDIT differs from ARTIST
	TagComposer          string         `sql:"default: null"`
	TagComposerCredit    string         `sql:"default: null"` // set when COMPOSER_CREDIT differs from COMPOSER
	TagTrackNumber       int            `sql:"default: null"`
	TagDiscNumber        int            `sql:"default: null"`
	TagBrainzID          string         `sql:"default: null"`
	TagLyrics            string         `sql:"default: null"`
	TagYear              int            `sql:"default: null"`

	ReplayGainTrackGain float32
	ReplayGainTrackPeak float32
	ReplayGainAlbumGain float32
	ReplayGainAlbumPeak float32

	HasEmbeddedCover bool

	TrackStar   *TrackStar
	TrackRating *TrackRating
	Play        *TrackPlay
}

type User struct {
	ID                int `gorm:"primary_key"`
	CreatedAt         time.Time
	Name              string `gorm:"not null; unique_index" sql:"default: null"`
	Password          string `gorm:"not null" sql:"default: null" json:"-"`
	LastFMSession     string `sql:"default: null" json:"-"`
	ListenBrainzURL   string `sql:"default: null" json:"-"`
	ListenBrainzToken string `sql:"default: null" json:"-"`
	IsAdmin           bool   `sql:"default: null"`
	Avatar            []byte `sql:"default: null"`
}

type Setting struct {
	Key   SettingKey `gorm:"not null; primary_key; auto_increment:false" sql:"default: null"`
	Value string     `sql:"default: null"`
}

type TrackPlay struct {
	ID      int `gorm:"primary_key"`
	User    *User
	UserID  int `gorm:"not null; unique_index:idx_track_plays_track_user" sql:"default: null; type:int REFERENCES users(id) ON DELETE CASCADE"`
	Track   *Track
	TrackID int       `gorm:"not null; unique_index:idx_track_plays_track_user" sql:"default: null; type:int REFERENCES tracks(id) ON DELETE CASCADE"`
	Time    time.Time `sql:"default: null"`
	Count   float64   // fractional after migration; integer increments at runtime
	Length  int
}

type Album struct {
	ID                   int `gorm:"primary_key"`
	CreatedAt            time.Time
	UpdatedAt            time.Time
	ModifiedAt           time.Time
	LeftPath             string `gorm:"unique_index:idx_album_abs_path"`
	RightPath            string `gorm:"not null; unique_index:idx_album_abs_path" sql:"default: null"`
	RightPathUDec        string `sql:"default: null"`
	Parent               *Album
	ParentID             int            `sql:"default: null; type:int REFERENCES albums(id) ON DELETE CASCADE"`
	RootDir              string         `gorm:"unique_index:idx_album_abs_path" sql:"default: null"`
	Genres               []*Genre       `gorm:"many2many:album_genres"`
	Cover                string         `sql:"default: null"`
	EmbeddedCoverTrackID *int           `sql:"default: null; type:int REFERENCES tracks(id) ON DELETE SET NULL"`
	Credits              []*AlbumCredit `gorm:"foreignkey:album_id"`
	TagTitle             string         `sql:"default: null"`
	TagAlbumArtist       string         // display purposes only
	TagAlbumArtistCredit string         `sql:"default: null"` // set when ALBUMARTIST_CREDIT differs from ALBUMARTIST
	TagTitleUDec         string         `sql:"default: null"`
	TagBrainzID          string         `sql:"default: null"`
	TagYear              int            `sql:"default: null"`
	TagCompilation       bool           `sql:"default: null"`
	TagReleaseType       string         `sql:"default: null"`
	TagVersion           string         `sql:"default: null"`
	Labels               []*AlbumLabel  `gorm:"foreignkey:album_id"`
	Tracks               []*Track
	AlbumStar            *AlbumStar
	AlbumRating          *AlbumRating
	DiscTitles           []*AlbumDiscTitle
}

type PlayQueue struct {
	ID        int `gorm:"primary_key"`
	CreatedAt time.Time
	UpdatedAt time.Time
	User      *User
	UserID    int `sql:"default: null; type:int REFERENCES users(id) ON DELETE CASCADE"`
	Current   string
	Position  int
	ChangedBy string
	Items     string
}

func (p *PlayQueue) SetItems(items []specid.ID) {
	p.Items = join(items, ",")
}

type TranscodePreference struct {
	UserID  int    `gorm:"not null; unique_index:idx_user_id_client" sql:"default: null; type:int REFERENCES users(id) ON DELETE CASCADE"`
	Client  string `gorm:"not null; unique_index:idx_user_id_client" sql:"default: null"`
	Profile string `gorm:"not null" sql:"default: null"`
}

type TranscodeFormatPreference struct {
	UserID    int    `gorm:"not null; unique_index:idx_user_id_profile" sql:"default: null; type:int REFERENCES users(id) ON DELETE CASCADE"`
	Profile   string `gorm:"not null; unique_index:idx_user_id_profile" sql:"default: null"`
	CreatedAt time.Time
}

type AlbumCredit struct {
	AlbumID    int    `gorm:"not null; unique_index:idx_album_credit" sql:"default: null; type:int REFERENCES albums(id) ON DELETE CASCADE"`
	ArtistID   int    `gorm:"not null; unique_index:idx_album_credit; index:idx_album_credits_artist_id" sql:"default: null; type:int REFERENCES artists(id) ON DELETE CASCADE"`
	Role       string `gorm:"not null; unique_index:idx_album_credit" sql:"default: null"`
	CreditedAs string `sql:"default: null"`
	Artist     *Artist
}

type TrackCredit struct {
	TrackID    int    `gorm:"not null; unique_index:idx_track_credit" sql:"default: null; type:int REFERENCES tracks(id) ON DELETE CASCADE"`
	ArtistID   int    `gorm:"not null; unique_index:idx_track_credit; index:idx_track_credits_artist_id" sql:"default: null; type:int REFERENCES artists(id) ON DELETE CASCADE"`
	Role       string `gorm:"not null; unique_index:idx_track_credit" sql:"default: null"`
	CreditedAs string `sql:"default: null"`
	Artist     *Artist
}

const (
	RoleAlbumArtist = "albumartist"
	RoleArtist      = "artist"
	RoleComposer    = "composer"
	RoleLyricist    = "lyricist"
	RoleRemixer     = "remixer"
	RoleConductor   = "conductor"
	RoleProducer    = "producer"
	RoleArranger    = "arranger"
)

type TrackGenre struct {
	TrackID   int  `gorm:"not null; unique_index:idx_track_id_genre_id" sql:"default: null; type:int REFERENCES tracks(id) ON DELETE CASCADE"`
	GenreID   int  `gorm:"not null; unique_index:idx_track_id_genre_id" sql:"default: null; type:int REFERENCES genres(id) ON DELETE CASCADE"`
	Inherited bool `gorm:"not null; default:false"`
}

type TrackISRC struct {
	ISRC    string `gorm:"not null; unique_index:idx_isrc_track" sql:"default: null;"`
	TrackID int    `gorm:"not null unique_index:idx_isrc_track" sql:"default: null; type:int REFERENCES tracks(id) ON DELETE CASCADE"`
}

type AlbumLabel struct {
	AlbumID int    `gorm:"not null; unique_index:idx_album_label" sql:"default: null; type:int REFERENCES albums(id) ON DELETE CASCADE"`
	Label   string `gorm:"not null; unique_index:idx_album_label; index:idx_album_labels_label" sql:"default: null"`
}

type AlbumGenre struct {
	AlbumID   int  `gorm:"not null; unique_index:idx_album_id_genre_id" sql:"default: null; type:int REFERENCES albums(id) ON DELETE CASCADE"`
	GenreID   int  `gorm:"not null; unique_index:idx_album_id_genre_id" sql:"default: null; type:int REFERENCES genres(id) ON DELETE CASCADE"`
	Inherited bool `gorm:"not null; default:false"`
}

type AlbumDiscTitle struct {
	AlbumID    int    `gorm:"not null; unique_index:idx_album_disc" sql:"type:int REFERENCES albums(id) ON DELETE CASCADE"`
	DiscNumber int    `gorm:"not null; unique_index:idx_album_disc"`
	Title      string `gorm:"not null"`
}

type AlbumStar struct {
	UserID   int `gorm:"primary_key; not null" sql:"default: null; type:int REFERENCES users(id) ON DELETE CASCADE"`
	AlbumID  int `gorm:"primary_key; not null" sql:"default: null; type:int REFERENCES albums(id) ON DELETE CASCADE"`
	StarDate time.Time
}

type AlbumRating struct {
	UserID  int `gorm:"primary_key; not null" sql:"default: null; type:int REFERENCES users(id) ON DELETE CASCADE"`
	AlbumID int `gorm:"primary_key; not null" sql:"default: null; type:int REFERENCES albums(id) ON DELETE CASCADE"`
	Rating  int `gorm:"not null; check:(rating >= 1 AND rating <= 5)"`
}

type ArtistStar struct {
	UserID   int `gorm:"primary_key; not null" sql:"default: null; type:int REFERENCES users(id) ON DELETE CASCADE"`
	ArtistID int `gorm:"primary_key; not null" sql:"default: null; type:int REFERENCES artists(id) ON DELETE CASCADE"`
	StarDate time.Time
}

type ArtistRating struct {
	UserID   int `gorm:"primary_key; not null" sql:"default: null; type:int REFERENCES users(id) ON DELETE CASCADE"`
	ArtistID int `gorm:"primary_key; not null" sql:"default: null; type:int REFERENCES artists(id) ON DELETE CASCADE"`
	Rating   int `gorm:"not null; check:(rating >= 1 AND rating <= 5)"`
}

type TrackStar struct {
	UserID   int `gorm:"primary_key; not null" sql:"default: null; type:int REFERENCES users(id) ON DELETE CASCADE"`
	TrackID  int `gorm:"primary_key; not null" sql:"default: null; type:int REFERENCES tracks(id) ON DELETE CASCADE"`
	StarDate time.Time
}

type TrackRating struct {
	UserID  int `gorm:"primary_key; not null" sql:"default: null; type:int REFERENCES users(id) ON DELETE CASCADE"`
	TrackID int `gorm:"primary_key; not null" sql:"default: null; type:int REFERENCES tracks(id) ON DELETE CASCADE"`
	Rating  int `gorm:"not null; check:(rating >= 1 AND rating <= 5)"`
}

type PodcastAutoDownload string

const (
	PodcastAutoDownloadLatest PodcastAutoDownload = "latest"
	PodcastAutoDownloadNone   PodcastAutoDownload = "none"
)

type Podcast struct {
	ID           int `gorm:"primary_key"`
	UpdatedAt    time.Time
	ModifiedAt   time.Time
	URL          string
	Title        string
	Description  string
	ImageURL     string
	Image        string
	Error        string
	Episodes     []*PodcastEpisode
	AutoDownload PodcastAutoDownload
	RootDir      string
	Author       string
}

type PodcastEpisodeStatus string

const (
	PodcastEpisodeStatusDownloading PodcastEpisodeStatus = "downloading"
	PodcastEpisodeStatusSkipped     PodcastEpisodeStatus = "skipped"
	PodcastEpisodeStatusDeleted     PodcastEpisodeStatus = "deleted"
	PodcastEpisodeStatusCompleted   PodcastEpisodeStatus = "completed"
	PodcastEpisodeStatusError       PodcastEpisodeStatus = "error"
)

type PodcastEpisode struct {
	ID          int `gorm:"primary_key"`
	CreatedAt   time.Time
	UpdatedAt   time.Time
	ModifiedAt  time.Time
	PodcastID   int    `gorm:"not null" sql:"default: null; type:int REFERENCES podcasts(id) ON DELETE CASCADE"`
	GUID        string `gorm:"index"`
	Title       string
	Description string
	PublishDate *time.Time
	AudioURL    string
	Bitrate     int
	Length      int
	Size        int
	Filename    string
	Status      PodcastEpisodeStatus
	Error       string
	Podcast     *Podcast
	Artist      string
	Album       string
}

type BookmarkEntry string

const (
	BookmarkEntryTrack          BookmarkEntry = "tr"
	BookmarkEntryPodcastEpisode BookmarkEntry = "pe"
)

type Bookmark struct {
	ID          int `gorm:"primary_key"`
	User        *User
	UserID      int `sql:"default: null; type:int REFERENCES users(id) ON DELETE CASCADE"`
	Position    int
	Comment     string
	EntryIDType BookmarkEntry
	EntryID     int
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

type InternetRadioStation struct {
	ID          int `gorm:"primary_key"`
	StreamURL   string
	Name        string
	HomepageURL string
}

type ArtistInfo struct {
	ID                        int `gorm:"primary_key" sql:"type:int REFERENCES artists(id) ON DELETE CASCADE"`
	CreatedAt                 time.Time
	UpdatedAt                 time.Time `gorm:"index"`
	LastFMURL                 string
	LastFMSimilarArtists      string
	LastFMTopTracks           string
	LastFMBiography           string
	MusicBrainzID             string
	MusicBrainzType           string
	MusicBrainzDisambiguation string
	MusicBrainzArea           string
	MusicBrainzBeginDate      string
	MusicBrainzEndDate        string
	MusicBrainzRelatedArtists string
	ImageURL                  string
}

func (p *ArtistInfo) SetLastFMSimilarArtists(items []string) {
	p.LastFMSimilarArtists = strings.Join(items, ";")
}

func (p *ArtistInfo) SetLastFMTopTracks(items []string) {
	p.LastFMTopTracks = strings.Join(items, ";")
}

type AlbumInfo struct {
	ID                        int `gorm:"primary_key" sql:"type:int REFERENCES albums(id) ON DELETE CASCADE"`
	CreatedAt                 time.Time
	UpdatedAt                 time.Time `gorm:"index"`
	LastFMNotes               string
	LastFMURL                 string
	MusicBrainzID             string
	MusicBrainzDisambiguation string
}

func join[T fmt.Stringer](in []T, sep string) string {
	if in == nil {
		return ""
	}
	strs := make([]string, 0, len(in))
	for _, id := range in {
		strs = append(strs, id.String())
	}
	return strings.Join(strs, sep)
}
