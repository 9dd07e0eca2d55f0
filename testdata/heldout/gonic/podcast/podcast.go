package podcast

// Reproduces go.senan.xyz/gonic/podcast/podcast.go (trimmed: downloads, covers and file
// handling are left out). One Podcasts value exists (cmd/gonic/gonic.go:224), shared by the
// admin and subsonic controllers and the hourly refresh / download jobs.

import (
	"cmp"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/jinzhu/gorm"

	"example.com/heldout/gonic/db"
	"example.com/heldout/gonic/pkg/gofeed"
	"example.com/heldout/gonic/tags"
)

var ErrNoAudioInFeedItem = errors.New("no audio in feed item")

type Podcasts struct {
	db        *db.DB
	baseDir   string
	tagReader tags.Reader

	refreshMu sync.Mutex
}

func New(db *db.DB, base string, tagReader tags.Reader) *Podcasts {
	return &Podcasts{
		db:        db,
		baseDir:   base,
		tagReader: tagReader,
	}
}

// AddNewPodcast reproduces podcast/podcast.go:82: a plain insert of the podcast (no lookup
// by URL), then RefreshPodcast.
func (p *Podcasts) AddNewPodcast(rssURL string, feed *gofeed.Feed) (*db.Podcast, error) {
	rootDir := filepath.Join(p.baseDir, feed.Title)
	var author string
	if feed.ITunesExt != nil {
		author = feed.ITunesExt.Author
	}
	podcast := db.Podcast{
		Description: feed.Description,
		ImageURL:    "",
		Title:       feed.Title,
		URL:         rssURL,
		RootDir:     rootDir,
		Author:      author,
	}
	if feed.Image != nil {
		podcast.ImageURL = feed.Image.URL
	}
	if err := os.Mkdir(podcast.RootDir, 0o755); err != nil && !os.IsExist(err) {
		return nil, err
	}
	if err := p.db.Save(&podcast).Error; err != nil {
		return &podcast, err
	}
	if err := p.RefreshPodcast(&podcast, feed.Items); err != nil {
		log.Printf("error adding new episodes : %v", err)
	}
	return &podcast, nil
}

// SetAutoDownload reproduces podcast/podcast.go:117 (trimmed after the Save).
func (p *Podcasts) SetAutoDownload(podcastID int, setting db.PodcastAutoDownload) error {
	podcast := db.Podcast{}
	err := p.db. // safe: the lookup by primary key guards an update (not found is returned as an error); Save writes the found podcast back under its id
			Where("id=?", podcastID).
			First(&podcast).
			Error
	if err != nil {
		return err
	}
	podcast.AutoDownload = setting
	if err := p.db.Save(&podcast).Error; err != nil {
		return fmt.Errorf("save setting: %w", err)
	}
	return nil
}

func getEntriesAfterDate(feed []*gofeed.Item, after time.Time) []*gofeed.Item {
	items := []*gofeed.Item{}
	for _, item := range feed {
		if item.PublishedParsed.Before(after) || item.PublishedParsed.Equal(after) {
			continue
		}
		items = append(items, item)
	}
	return items
}

// RefreshPodcast reproduces podcast/podcast.go:164. It is the only caller of addEpisode
// and holds p.refreshMu for the whole refresh (callers: AddNewPodcast :108,
// RefreshPodcasts :314 from the hourly job cmd/gonic/gonic.go:406 and the subsonic
// refreshPodcasts handler).
func (p *Podcasts) RefreshPodcast(podcast *db.Podcast, items []*gofeed.Item) error {
	p.refreshMu.Lock()
	defer p.refreshMu.Unlock()

	var lastPodcastEpisode db.PodcastEpisode
	err := p.db. // safe: per-process lock: refreshMu is held around this lookup and every addEpisode insert; the lookup only filters the feed items (each insert is re-checked by addEpisode's count); podcast_episodes has a fresh auto-increment id
			Where("podcast_id=?", podcast.ID).
			Order("publish_date DESC").
			First(&lastPodcastEpisode).
			Error
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return err
	}

	if lastPodcastEpisode.ID != 0 {
		items = getEntriesAfterDate(items, *lastPodcastEpisode.PublishDate)
	}

	var episodeErrs []error
	for _, item := range items {
		podcastEpisode, err := p.addEpisode(podcast, item)
		if err != nil {
			episodeErrs = append(episodeErrs, err)
			continue
		}
		if podcastEpisode == nil {
			continue
		}

		if lastPodcastEpisode.ID != 0 && podcast.AutoDownload == db.PodcastAutoDownloadLatest {
			podcastEpisode.Status = db.PodcastEpisodeStatusDownloading
			if err := p.db.Save(&podcastEpisode).Error; err != nil {
				return fmt.Errorf("save podcast episode: %w", err)
			}
		}
	}

	return errors.Join(episodeErrs...)
}

// addEpisode reproduces podcast/podcast.go:204.
func (p *Podcasts) addEpisode(podcast *db.Podcast, item *gofeed.Item) (*db.PodcastEpisode, error) {
	var duration int
	// if the itunes extension is available, use AddEpisode
	if item.ITunesExt != nil {
		duration = getSecondsFromString(item.ITunesExt.Duration)
	}

	episode, ok := p.findEnclosureAudio(podcast, duration, item)
	if !ok {
		return nil, ErrNoAudioInFeedItem
	}

	q := p.db.Model(db.PodcastEpisode{}).Where("podcast_id=?", podcast.ID)
	if episode.GUID != "" {
		q = q.Where("guid=? OR audio_url=?", episode.GUID, episode.AudioURL)
	} else {
		q = q.Where("audio_url=?", episode.AudioURL)
	}
	var count int
	// Only caller: RefreshPodcast, which holds p.refreshMu (podcast.go:165-166) from before
	// its lookup until after the last insert. podcast_episodes.guid has only a non-unique
	// index (db.go:564) and audio_url none.
	if err := q.Count(&count).Error; err != nil { // safe: per-process lock: the count and the Save run under refreshMu held by the only caller RefreshPodcast (podcast.go:165); one Podcasts per process (cmd/gonic/gonic.go:224)
		return nil, fmt.Errorf("count episodes: %w", err)
	}
	if count > 0 {
		return nil, nil
	}

	if err := p.db.Save(episode).Error; err != nil {
		return nil, err
	}
	return episode, nil
}

func (p *Podcasts) isAudio(rawItemURL string) (bool, error) {
	return p.tagReader.CanRead(rawItemURL), nil
}

func itemToEpisode(podcast *db.Podcast, size, duration int, audio string, item *gofeed.Item) *db.PodcastEpisode {
	author := podcast.Author
	if item.ITunesExt != nil {
		author = cmp.Or(item.ITunesExt.Author, podcast.Author)
	}
	return &db.PodcastEpisode{
		PodcastID:   podcast.ID,
		Description: item.Description,
		Title:       item.Title,
		Length:      duration,
		Size:        size,
		PublishDate: item.PublishedParsed,
		GUID:        item.GUID,
		AudioURL:    audio,
		Status:      db.PodcastEpisodeStatusSkipped,
		Artist:      cmp.Or(author),
		Album:       podcast.Title,
	}
}

func (p *Podcasts) findEnclosureAudio(podcast *db.Podcast, duration int, item *gofeed.Item) (*db.PodcastEpisode, bool) {
	for _, enc := range item.Enclosures {
		if t, err := p.isAudio(enc.URL); !t || err != nil {
			continue
		}
		size, _ := strconv.Atoi(enc.Length)
		return itemToEpisode(podcast, size, duration, enc.URL, item), true
	}
	return nil, false
}

// RefreshPodcasts reproduces podcast/podcast.go:300.
func (p *Podcasts) RefreshPodcasts() error {
	var podcasts []*db.Podcast
	if err := p.db.Find(&podcasts).Error; err != nil {
		return fmt.Errorf("find podcasts: %w", err)
	}

	var errs []error
	for _, podcast := range podcasts {
		fp := gofeed.NewParser()
		feed, err := fp.ParseURL(podcast.URL)
		if err != nil {
			errs = append(errs, fmt.Errorf("refreshing podcast with url %q: %w", podcast.URL, err))
			continue
		}
		if err := p.RefreshPodcast(podcast, feed.Items); err != nil {
			errs = append(errs, fmt.Errorf("adding episodes: %w", err))
			continue
		}
	}
	return errors.Join(errs...)
}

// DeletePodcastEpisode reproduces podcast/podcast.go:441 (trimmed after the Save).
func (p *Podcasts) DeletePodcastEpisode(podcastEpisodeID int) error {
	var podcastEpisode db.PodcastEpisode
	if err := p.db.Preload("Podcast").First(&podcastEpisode, podcastEpisodeID).Error; err != nil { // safe: the lookup by primary key guards an update (not found is returned as an error); Save writes the episode back under its id with status deleted
		return err
	}
	podcastEpisode.Status = db.PodcastEpisodeStatusDeleted
	if err := p.db.Save(&podcastEpisode).Error; err != nil {
		return fmt.Errorf("save podcast episode: %w", err)
	}
	return nil
}

func getSecondsFromString(time string) int {
	duration, err := strconv.Atoi(time)
	if err == nil {
		return duration
	}
	return 0
}

// DownloadTick reproduces podcast/podcast.go:508 (doPodcastDownload trimmed to its Saves).
func (p *Podcasts) DownloadTick() error {
	for {
		var podcastEpisode db.PodcastEpisode
		err := p.db. // safe: the lookup guards updates only: not found (ID 0) returns, a found episode is saved back under its id by doPodcastDownload; one download goroutine (cmd/gonic/gonic.go:416)
				Preload("Podcast").
				Where("status=?", db.PodcastEpisodeStatusDownloading).
				Order("updated_at DESC").
				Find(&podcastEpisode).
				Error
		if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
			return fmt.Errorf("find episode: %w", err)
		}
		if podcastEpisode.ID == 0 {
			return nil
		}

		if err := p.doPodcastDownload(podcastEpisode.Podcast, &podcastEpisode); err != nil {
			return fmt.Errorf("do download: %w", err)
		}
	}
}

func (p *Podcasts) doPodcastDownload(podcast *db.Podcast, podcastEpisode *db.PodcastEpisode) (err error) {
	defer func() {
		if err != nil {
			podcastEpisode.Status = db.PodcastEpisodeStatusError
			_ = p.db.Save(podcastEpisode).Error
		}
	}()

	podcastEpisode.Filename = filepath.Base(podcastEpisode.AudioURL)
	if err := p.db.Save(podcastEpisode).Error; err != nil {
		return fmt.Errorf("save podcast episode: %w", err)
	}

	podcastEpisode.Status = db.PodcastEpisodeStatusCompleted
	if err := p.db.Save(podcastEpisode).Error; err != nil {
		return fmt.Errorf("save podcast episode: %w", err)
	}
	return nil
}
