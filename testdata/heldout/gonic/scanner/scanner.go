//nolint:nestif,goconst
package scanner

// Reproduces go.senan.xyz/gonic/scanner/scanner.go (trimmed). Every write to albums,
// tracks, artists and genres comes from this package, and every scan runs behind the
// `scanning` flag: ScanAndClean (:74) and the watcher batch (ExecuteWatch :162) both take
// it with StartScanning (an atomic compare-and-swap, :67) and return ErrAlreadyScanning /
// skip the batch when it is taken. One Scanner exists (cmd/gonic/gonic.go:210), shared by
// the admin and subsonic controllers, the scan timer, the scan-at-start job and the
// watcher; a scan walks its directories in one goroutine (filepath.WalkDir). So the
// get-or-create sites below have a single writer.

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/jinzhu/gorm"

	"example.com/heldout/gonic/db"
	"example.com/heldout/gonic/tags"
)

var (
	ErrAlreadyScanning = errors.New("already scanning")
	ErrReadingTags     = errors.New("could not read tags")
)

type Scanner struct {
	db                 *db.DB
	musicDirs          []string
	multiValueSettings map[*tags.Spec]tags.MultiValueSetting
	tagReader          tags.Reader
	scanEmbeddedCover  bool
	genreTree          map[string][]string
	scanning           *int32
}

func New(musicDirs []string, db *db.DB, multiValueSettings map[*tags.Spec]tags.MultiValueSetting, tagReader tags.Reader, scanEmbeddedCover bool, genreTree map[string][]string) *Scanner {
	return &Scanner{
		db:                 db,
		musicDirs:          musicDirs,
		multiValueSettings: multiValueSettings,
		tagReader:          tagReader,
		scanEmbeddedCover:  scanEmbeddedCover,
		genreTree:          genreTree,
		scanning:           new(int32),
	}
}

func (s *Scanner) IsScanning() bool    { return atomic.LoadInt32(s.scanning) == 1 }
func (s *Scanner) StartScanning() bool { return atomic.CompareAndSwapInt32(s.scanning, 0, 1) }
func (s *Scanner) StopScanning()       { atomic.StoreInt32(s.scanning, 0) }

type ScanOptions struct {
	IsFull bool
}

// ScanAndClean reproduces scanner/scanner.go:74 (the clean steps are left out).
func (s *Scanner) ScanAndClean(opts ScanOptions) (*State, error) {
	if !s.StartScanning() {
		return nil, ErrAlreadyScanning
	}
	defer s.StopScanning()

	st := &State{
		seenTracks: map[int]struct{}{},
		seenAlbums: map[int]struct{}{},
		isFull:     opts.IsFull,
	}

	for _, dir := range s.musicDirs {
		err := filepath.WalkDir(dir, func(absPath string, d fs.DirEntry, err error) error {
			return s.scanCallback(st, absPath, d, err)
		})
		if err != nil {
			return nil, fmt.Errorf("walk: %w", err)
		}
	}

	if err := s.db.SetSetting(db.LastScanTime, strconv.FormatInt(time.Now().Unix(), 10)); err != nil {
		return nil, fmt.Errorf("set scan time: %w", err)
	}

	return st, errors.Join(st.errs...)
}

// ExecuteWatchBatch reproduces the batch branch of ExecuteWatch (scanner/scanner.go:153-186;
// the fsnotify plumbing is left out): it takes the same `scanning` flag.
func (s *Scanner) ExecuteWatchBatch(batchSeen map[string]struct{}) {
	if !s.StartScanning() {
		return
	}
	for absPath := range batchSeen {
		st := &State{
			seenTracks: map[int]struct{}{},
			seenAlbums: map[int]struct{}{},
		}
		err := filepath.WalkDir(absPath, func(absPath string, d fs.DirEntry, err error) error {
			return s.scanCallback(st, absPath, d, err)
		})
		if err != nil {
			log.Printf("error walking: %v", err)
			continue
		}
	}
	s.StopScanning()
	clear(batchSeen)
}

func (s *Scanner) scanCallback(st *State, absPath string, d fs.DirEntry, err error) error {
	if err != nil {
		st.errs = append(st.errs, err)
		return nil
	}
	if d.Type() != os.ModeDir {
		return nil
	}
	if err := s.scanDir(st, absPath); err != nil {
		st.errs = append(st.errs, fmt.Errorf("%q: %w", absPath, err))
		return nil
	}
	return nil
}

// scanDir reproduces scanner/scanner.go:269 (parent album :309, album :317, tracks :328,
// the per-directory transaction :390).
func (s *Scanner) scanDir(st *State, absPath string) error {
	musicDir, relPath := musicDirRelative(s.musicDirs, absPath)
	if musicDir == absPath {
		return nil
	}

	items, err := os.ReadDir(absPath)
	if err != nil {
		return err
	}

	var trackPaths []string
	var cover string
	for _, item := range items {
		if item.IsDir() {
			continue
		}
		absPath := filepath.Join(absPath, item.Name())
		if s.tagReader.CanRead(absPath) {
			trackPaths = append(trackPaths, item.Name())
			continue
		}
	}

	pdir, pbasename := filepath.Split(filepath.Dir(relPath))
	var parent db.Album
	if err := s.db.Where("root_dir=? AND left_path=? AND right_path=?", musicDir, pdir, pbasename).Assign(db.Album{RootDir: musicDir, LeftPath: pdir, RightPath: pbasename}).FirstOrCreate(&parent).Error; err != nil { // safe: single writer: only the scanner writes albums and a scan runs behind the atomic `scanning` flag (StartScanning, upstream scanner.go:67/:75/:162); albums (root_dir, left_path, right_path) is unique_index idx_album_abs_path besides
		return fmt.Errorf("first or create parent: %w", err)
	}

	st.seenAlbums[parent.ID] = struct{}{}

	dir, basename := filepath.Split(relPath)
	var album db.Album
	if err := populateAlbumBasics(s.db, musicDir, &parent, &album, dir, basename, cover); err != nil {
		return fmt.Errorf("populate album basics: %w", err)
	}

	st.seenAlbums[album.ID] = struct{}{}

	if len(trackPaths) == 0 {
		return nil
	}

	var tracks []*db.Track
	if err := s.db.Where("album_id=? AND filename IN (?)", album.ID, trackPaths).Find(&tracks).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) { // safe: single writer: a missing trackMap entry leads to populateTrack's Save (an INSERT); only the scanner writes tracks and a scan runs behind the atomic `scanning` flag (upstream scanner.go:67/:75/:162); tracks (filename, album_id) is unique_index idx_folder_filename besides
		return fmt.Errorf("query track: %w", err)
	}

	trackMap := make(map[string]*db.Track, len(tracks))
	for _, t := range tracks {
		trackMap[t.Filename] = t
		st.seenTracks[t.ID] = struct{}{}
	}

	type trackUpdate struct {
		i        int
		basename string
		absPath  string
		track    *db.Track
	}
	trackUpdates := make([]trackUpdate, 0, len(trackPaths))

	sort.Strings(trackPaths)

	for i, basename := range trackPaths {
		absPath := filepath.Join(musicDir, relPath, basename)

		stat, err := os.Stat(absPath)
		if err != nil {
			return fmt.Errorf("get times %q: %w", basename, err)
		}

		// might be nil if new track
		track := trackMap[basename]

		if st.isFull || track == nil || stat.ModTime().After(track.UpdatedAt) {
			trackUpdates = append(trackUpdates, trackUpdate{
				i:        i,
				basename: basename,
				absPath:  absPath,
				track:    track,
			})
		}
	}

	if len(trackUpdates) == 0 {
		return nil
	}

	// read tags outside the transaction to avoid holding db locks during disk i/o
	type trackTagData struct {
		trackUpdate
		trprops tags.Properties
		trags   tags.Tags
	}
	tagData := make([]trackTagData, 0, len(trackUpdates))
	for _, t := range trackUpdates {
		trprops, trags, err := s.tagReader.Read(t.absPath)
		if err != nil {
			return fmt.Errorf("read %q: %w: %w", t.basename, err, ErrReadingTags)
		}
		tagData = append(tagData, trackTagData{trackUpdate: t, trprops: trprops, trags: trags})
	}

	return s.db.Transaction(func(tx *db.DB) error {
		for _, t := range tagData {
			if err := s.populateTrackAndArtists(tx, st, t.i, &album, t.track, t.trprops, t.trags, t.basename, t.absPath); err != nil {
				return fmt.Errorf("populate track %q: %w", t.basename, err)
			}
		}
		return nil
	})
}

// populateTrackAndArtists reproduces scanner/scanner.go:413 (trimmed: album metadata,
// ISRCs, contributors and embedded covers are left out).
//
//nolint:gocyclo
func (s *Scanner) populateTrackAndArtists(tx *db.DB, st *State, i int, album *db.Album, track *db.Track, trprops tags.Properties, trags tags.Tags, basename, absPath string) error {
	genreNames := tags.ReadValues(trags, tags.Genre, s.multiValueSettings)
	genreIDs, err := populateGenres(tx, genreNames)
	if err != nil {
		return fmt.Errorf("populate genres: %w", err)
	}

	albumArtistEntries := tags.ReadCredits(trags, tags.AlbumArtist, s.multiValueSettings)
	trackArtistEntries := tags.ReadCredits(trags, tags.Artist, s.multiValueSettings)

	artistMusicBrainzID := map[string]string{}
	for _, group := range [][]tags.Credited{albumArtistEntries, trackArtistEntries} {
		for _, e := range group {
			if e.MusicBrainzID != "" && artistMusicBrainzID[e.Value] == "" {
				artistMusicBrainzID[e.Value] = e.MusicBrainzID
			}
		}
	}

	// metadata for the album table comes only from the first track's tags
	if i == 0 {
		if err := tx.Where("album_id=?", album.ID).Delete(db.AlbumCredit{}).Error; err != nil {
			return fmt.Errorf("delete album credits: %w", err)
		}

		var albumArtists []artistRef
		for _, e := range albumArtistEntries {
			artist, err := populateArtist(tx, e.Value, cmp.Or(e.MusicBrainzID, artistMusicBrainzID[e.Value]))
			if err != nil {
				return fmt.Errorf("populate album artist: %w", err)
			}
			albumArtists = append(albumArtists, artistRef{id: artist.ID, credit: e.ValueCredit})
		}
		if err := populateAlbumCredits(tx, album, db.RoleAlbumArtist, albumArtists); err != nil {
			return fmt.Errorf("populate album credits: %w", err)
		}
	}

	stat, err := os.Stat(absPath)
	if err != nil {
		return fmt.Errorf("stating %q: %w", basename, err)
	}

	if track == nil {
		track = &db.Track{}
	}

	if err := populateTrack(tx, album, track, trprops, trags, basename, int(stat.Size())); err != nil {
		return fmt.Errorf("process %q: %w", basename, err)
	}
	if err := populateTrackGenres(tx, track, genreIDs, nil); err != nil {
		return fmt.Errorf("populate track genres: %w", err)
	}

	if err := tx.Where("track_id=?", track.ID).Delete(db.TrackCredit{}).Error; err != nil {
		return fmt.Errorf("delete track credits: %w", err)
	}

	var trackArtists []artistRef
	for _, e := range trackArtistEntries {
		artist, err := populateArtist(tx, e.Value, cmp.Or(e.MusicBrainzID, artistMusicBrainzID[e.Value]))
		if err != nil {
			return fmt.Errorf("populate track artist: %w", err)
		}
		trackArtists = append(trackArtists, artistRef{id: artist.ID, credit: e.ValueCredit})
	}
	if err := populateTrackCredits(tx, track, db.RoleArtist, trackArtists); err != nil {
		return fmt.Errorf("populate track credits: %w", err)
	}

	st.seenTracks[track.ID] = struct{}{}
	st.seenTracksNew++

	return nil
}

// populateAlbumBasics reproduces scanner/scanner.go:610 (called with s.db, outside the
// per-directory transaction).
func populateAlbumBasics(tx *db.DB, musicDir string, parent, album *db.Album, dir, basename string, cover string) error {
	if err := tx.Where("root_dir=? AND left_path=? AND right_path=?", musicDir, dir, basename).First(album).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) { // safe: single writer: not found leaves album.ID 0 and Save below INSERTs; only the scanner writes albums and a scan runs behind the atomic `scanning` flag (upstream scanner.go:67/:75/:162); unique_index idx_album_abs_path (root_dir, left_path, right_path) besides
		return fmt.Errorf("find album: %w", err)
	}

	// see if we can save ourselves from an extra write if it's found and nothing has changed
	if album.ID != 0 && album.Cover == cover && album.ParentID == parent.ID {
		return nil
	}

	album.RootDir = musicDir
	album.LeftPath = dir
	album.RightPath = basename
	album.Cover = cover
	album.RightPathUDec = decoded(basename)
	album.ParentID = parent.ID

	if err := tx.Save(album).Error; err != nil {
		return fmt.Errorf("saving album: %w", err)
	}

	return nil
}

// populateTrack reproduces scanner/scanner.go:634 (trimmed to the key columns).
func populateTrack(tx *db.DB, album *db.Album, track *db.Track, trprops tags.Properties, trags map[string][]string, basename string, size int) error {
	track.Filename = basename
	track.FilenameUDec = decoded(basename)
	track.Size = size
	track.AlbumID = album.ID

	track.TagTitle, _ = tags.Read(trags, tags.TrackTitle)
	track.TagTitleUDec = decoded(track.TagTitle)
	track.TagTrackArtist, track.TagTrackArtistCredit = tags.Read(trags, tags.Artist)

	// these two are calculated from the file instead of tags
	track.Length = int(trprops.Length.Seconds())
	track.Bitrate = int(trprops.Bitrate)

	if err := tx.Save(track).Error; err != nil {
		return fmt.Errorf("saving track: %w", err)
	}

	return nil
}

// populateArtist reproduces scanner/scanner.go:678.
func populateArtist(tx *db.DB, artistName, musicBrainzID string) (*db.Artist, error) {
	nameUDec := decoded(artistName)

	if musicBrainzID == "" {
		// no MBID, use any
		var artist db.Artist
		return &artist, tx. // safe: single writer: only the scanner writes artists and a scan runs behind the atomic `scanning` flag (upstream scanner.go:67/:75/:162), in the per-directory transaction; artists.name has only the non-unique idx_artists_name (migrations.go:1044-1045)
					Where(db.Artist{Name: artistName}).
					Order("id ASC").
					Attrs(db.Artist{NameUDec: nameUDec}).
					FirstOrCreate(&artist).
					Error
	}

	// have MBID

	var artist db.Artist
	err := tx. // safe: single writer: only the scanner writes artists and a scan runs behind the atomic `scanning` flag (upstream scanner.go:67/:75/:162), in the per-directory transaction; uix_artists_music_brainz_id (music_brainz_id) WHERE music_brainz_id != '' besides (migrations.go:1046)
			Where(db.Artist{MusicBrainzID: musicBrainzID}).
			First(&artist).
			Error
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, err
	}
	if artist.ID != 0 {
		return &artist, nil
	}

	// adopt the name only row if one exists, else create
	return &artist, tx.
		Where(db.Artist{Name: artistName}).
		Where("music_brainz_id = ''").
		Attrs(db.Artist{NameUDec: nameUDec}).
		Assign(db.Artist{MusicBrainzID: musicBrainzID}).
		FirstOrCreate(&artist).Error
}

// populateGenres reproduces scanner/scanner.go:715.
func populateGenres(tx *db.DB, names []string) ([]int, error) {
	var filteredNames []string
	for _, name := range names {
		if clean := strings.TrimSpace(name); clean != "" {
			filteredNames = append(filteredNames, clean)
		}
	}
	if len(filteredNames) == 0 {
		return []int{}, nil
	}
	var ids []int
	for _, name := range filteredNames {
		var genre db.Genre
		if err := tx.FirstOrCreate(&genre, db.Genre{Name: name}).Error; err != nil { // safe: single writer: only the scanner writes genres and a scan runs behind the atomic `scanning` flag (upstream scanner.go:67/:75/:162), in the per-directory transaction; genres.name is unique_index (uix_genres_name) besides
			return nil, fmt.Errorf("find or create genre: %w", err)
		}
		ids = append(ids, genre.ID)
	}
	return ids, nil
}

func populateTrackGenres(tx *db.DB, track *db.Track, directIDs, inheritedIDs []int) error {
	if err := tx.Where("track_id=?", track.ID).Delete(db.TrackGenre{}).Error; err != nil {
		return fmt.Errorf("delete old track genre records: %w", err)
	}
	rows := genreRows(directIDs, inheritedIDs)
	if err := tx.InsertBulkLeftManyRows("track_genres", []string{"track_id", "genre_id", "inherited"}, track.ID, rows); err != nil {
		return fmt.Errorf("insert track genres: %w", err)
	}
	return nil
}

func genreRows(directIDs, inheritedIDs []int) [][]any {
	seen := map[int]struct{}{}
	var rows [][]any
	for _, id := range directIDs {
		if _, ok := seen[id]; ok {
			continue
		}
		seen[id] = struct{}{}
		rows = append(rows, []any{id, false})
	}
	for _, id := range inheritedIDs {
		if _, ok := seen[id]; ok {
			continue
		}
		seen[id] = struct{}{}
		rows = append(rows, []any{id, true})
	}
	return rows
}

func populateAlbumCredits(tx *db.DB, album *db.Album, role string, refs []artistRef) error {
	rows := make([][]any, len(refs))
	for i, r := range refs {
		rows[i] = []any{r.id, role, r.credit}
	}
	if err := tx.InsertBulkLeftManyRows("album_credits", []string{"album_id", "artist_id", "role", "credited_as"}, album.ID, rows); err != nil {
		return fmt.Errorf("insert bulk album credits: %w", err)
	}
	return nil
}

func populateTrackCredits(tx *db.DB, track *db.Track, role string, refs []artistRef) error {
	rows := make([][]any, len(refs))
	for i, r := range refs {
		rows[i] = []any{r.id, role, r.credit}
	}
	if err := tx.InsertBulkLeftManyRows("track_credits", []string{"track_id", "artist_id", "role", "credited_as"}, track.ID, rows); err != nil {
		return fmt.Errorf("insert bulk track credits: %w", err)
	}
	return nil
}

type artistRef struct {
	id     int
	credit string
}

// decoded reproduces scanner/scanner.go:1084 (github.com/rainycape/unidecode is left out).
func decoded(in string) string {
	return ""
}

type State struct {
	errs   []error
	isFull bool

	seenTracks    map[int]struct{}
	seenAlbums    map[int]struct{}
	seenTracksNew int
}

func musicDirRelative(musicDirs []string, absPath string) (musicDir, relPath string) {
	for _, musicDir := range musicDirs {
		if strings.HasPrefix(absPath, musicDir) {
			relPath, _ = filepath.Rel(musicDir, absPath)
			return musicDir, relPath
		}
	}
	return
}
