//nolint:err113,goconst
package db

// Reproduces db/migrations.go (trimmed to the migrations that build the tables and keys of
// the catalogued sites). The schema comes from jinzhu/gorm AutoMigrate of the models in
// db.go: CREATE TABLE with PRIMARY KEY from `primary_key` tags, and CREATE UNIQUE INDEX /
// CREATE INDEX from `unique_index` / `index` tags (jinzhu/gorm scope.go autoIndex:1289-1329,
// unnamed unique indexes are named uix_<table>_<column>), plus the raw SQL below.

import (
	"errors"
	"fmt"
	"log"

	"example.com/heldout/gonic/pkg/gormigrate"
	"github.com/jinzhu/gorm"
)

type MigrationContext struct {
	Production        bool
	DBPath            string
	OriginalMusicPath string
	PlaylistsPath     string
	PodcastsPath      string
}

func (db *DB) Migrate(ctx MigrationContext) error {
	options := &gormigrate.Options{
		TableName:      "migrations",
		IDColumnName:   "id",
		IDColumnSize:   255,
		UseTransaction: false,
	}

	// $ date '+%Y%m%d%H%M'
	migrations := []*gormigrate.Migration{
		construct(ctx, "202002192100", migrateInitSchema),
		construct(ctx, "202002192019", migrateCreateInitUser),
		construct(ctx, "202003111222", migrateCreateTranscode),
		construct(ctx, "202003121330", migrateAddGenre),
		construct(ctx, "202101111537", migratePodcast),
		construct(ctx, "202102032210", migrateBookmarks),
		construct(ctx, "202111021951", migrateAlbumRootDir),
		construct(ctx, "202206011628", migrateInternetRadioStations),
		construct(ctx, "202207251148", migrateStarRating),
		construct(ctx, "202309131743", migrateArtistInfo),
		construct(ctx, "202311072309", migrateAlbumInfo),
		construct(ctx, "202502012036", migratePodcastEpisode),
		construct(ctx, "202605222200", migrateAddTrackPlays),
		construct(ctx, "202605231200", migrateAddTranscodeFormatPreference),
		construct(ctx, "202606041200", migrateArtistMusicBrainzID),
		construct(ctx, "202607171200", migrateAddPodcastEpisodeGUID),
	}

	return gormigrate.
		New(db.DB, options, migrations).
		Migrate()
}

func construct(ctx MigrationContext, id string, f func(*gorm.DB, MigrationContext) error) *gormigrate.Migration {
	return constructNoTx(ctx, id, func(db *gorm.DB, ctx MigrationContext) error {
		return db.Transaction(func(tx *gorm.DB) error {
			return f(tx, ctx)
		})
	})
}

func constructNoTx(ctx MigrationContext, id string, f func(*gorm.DB, MigrationContext) error) *gormigrate.Migration {
	return &gormigrate.Migration{
		ID: id,
		Migrate: func(db *gorm.DB) error {
			if err := f(db, ctx); err != nil {
				return fmt.Errorf("%q: %w", id, err)
			}
			log.Printf("migration '%s' finished", id)
			return nil
		},
		Rollback: func(*gorm.DB) error {
			return nil
		},
	}
}

func migrateInitSchema(tx *gorm.DB, _ MigrationContext) error {
	return tx.AutoMigrate(
		Genre{},
		TrackGenre{},
		AlbumGenre{},
		Track{},
		Artist{},
		User{},
		Setting{},
		__OldPlay{},
		Album{},
		PlayQueue{},
	).
		Error
}

// migrateCreateInitUser reproduces db/migrations.go:152. It runs once, from Migrate, in main
// before any goroutine or the HTTP server starts (cmd/gonic/gonic.go:168), inside the
// transaction of construct (:114).
func migrateCreateInitUser(tx *gorm.DB, _ MigrationContext) error {
	const (
		initUsername = "admin"
		initPassword = "admin"
	)
	err := tx. // safe: single-writer start-up path: a migration run once by Migrate in main before the server and the background jobs start (cmd/gonic/gonic.go:168), in a transaction; users.name is unique_index besides
			Where("name=?", initUsername).
			First(&User{}).
			Error
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil
	}

	return tx.Create(&User{
		Name:     initUsername,
		Password: initPassword,
		IsAdmin:  true,
	}).
		Error
}

func migrateCreateTranscode(tx *gorm.DB, _ MigrationContext) error {
	return tx.AutoMigrate(
		TranscodePreference{},
	).
		Error
}

func migrateAddGenre(tx *gorm.DB, _ MigrationContext) error {
	return tx.AutoMigrate(
		Genre{},
		Album{},
		Track{},
	).
		Error
}

func migratePodcast(tx *gorm.DB, _ MigrationContext) error {
	return tx.AutoMigrate(
		Podcast{},
		PodcastEpisode{},
	).
		Error
}

func migrateBookmarks(tx *gorm.DB, _ MigrationContext) error {
	return tx.AutoMigrate(
		Bookmark{},
	).
		Error
}

func migrateAlbumRootDir(tx *gorm.DB, ctx MigrationContext) error {
	step := tx.AutoMigrate(
		Album{},
	)
	if err := step.Error; err != nil {
		return fmt.Errorf("step auto migrate: %w", err)
	}
	step = tx.Exec(`
		DROP INDEX IF EXISTS idx_left_path_right_path;
	`)
	if err := step.Error; err != nil {
		return fmt.Errorf("step drop idx: %w", err)
	}

	step = tx.Exec(`
		UPDATE albums SET root_dir=? WHERE root_dir IS NULL
	`, ctx.OriginalMusicPath)
	if err := step.Error; err != nil {
		return fmt.Errorf("step drop idx: %w", err)
	}
	return nil
}

func migrateInternetRadioStations(tx *gorm.DB, _ MigrationContext) error {
	return tx.AutoMigrate(
		InternetRadioStation{},
	).
		Error
}

func migrateStarRating(tx *gorm.DB, _ MigrationContext) error {
	return tx.AutoMigrate(
		Album{},
		AlbumStar{},
		AlbumRating{},
		Artist{},
		ArtistStar{},
		ArtistRating{},
		Track{},
		TrackStar{},
		TrackRating{},
	).
		Error
}

func migrateArtistInfo(tx *gorm.DB, _ MigrationContext) error {
	return tx.AutoMigrate(
		ArtistInfo{},
	).
		Error
}

func migrateAlbumInfo(tx *gorm.DB, _ MigrationContext) error {
	return tx.AutoMigrate(
		AlbumInfo{},
	).
		Error
}

func migratePodcastEpisode(tx *gorm.DB, _ MigrationContext) error {
	return tx.AutoMigrate(
		PodcastEpisode{},
	).Error
}

func migrateAddTrackPlays(tx *gorm.DB, _ MigrationContext) error {
	if err := tx.AutoMigrate(TrackPlay{}).Error; err != nil {
		return fmt.Errorf("auto migrate: %w", err)
	}

	// distribute each album's play count evenly across its tracks as a
	// fractional count, so SUM(track count) per album == old album count.
	// length is split the same way but kept as integer seconds. plays is
	// aggregated first since historic races could have left duplicate
	// (user, album) rows.
	if err := tx.Exec(`
		INSERT INTO track_plays (user_id, track_id, time, count, length)
		SELECT
			agg.user_id,
			tracks.id,
			agg.time,
			CAST(agg.count AS REAL) / track_counts.n,
			agg.length / track_counts.n
		FROM (
			SELECT user_id, album_id, MAX(time) AS time, SUM(count) AS count, SUM(length) AS length
			FROM plays
			GROUP BY user_id, album_id
		) agg
		JOIN tracks ON tracks.album_id = agg.album_id
		JOIN (
			SELECT album_id, COUNT(*) AS n FROM tracks GROUP BY album_id
		) track_counts ON track_counts.album_id = agg.album_id;
	`).Error; err != nil {
		return fmt.Errorf("backfill from plays: %w", err)
	}

	return tx.Exec(`DROP TABLE plays;`).Error
}

func migrateAddTranscodeFormatPreference(tx *gorm.DB, _ MigrationContext) error {
	return tx.AutoMigrate(TranscodeFormatPreference{}).Error
}

func migrateArtistMusicBrainzID(tx *gorm.DB, _ MigrationContext) error {
	if err := tx.AutoMigrate(Artist{}).Error; err != nil {
		return fmt.Errorf("automigrate artist: %w", err)
	}
	return tx.Exec(`
		DROP INDEX IF EXISTS uix_artists_name;
		CREATE INDEX IF NOT EXISTS idx_artists_name ON artists (name);
		CREATE UNIQUE INDEX IF NOT EXISTS uix_artists_music_brainz_id ON artists (music_brainz_id) WHERE music_brainz_id != '';
	`).Error
}

func migrateAddPodcastEpisodeGUID(tx *gorm.DB, _ MigrationContext) error {
	return tx.AutoMigrate(PodcastEpisode{}).Error
}
