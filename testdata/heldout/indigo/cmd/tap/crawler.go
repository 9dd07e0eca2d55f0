package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	comatproto "example.com/heldout/indigo/api/atproto"
	"example.com/heldout/indigo/atproto/atclient"
	"example.com/heldout/indigo/cmd/tap/models"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Crawler reproduces cmd/tap/crawler.go:18.
type Crawler struct {
	db     *gorm.DB
	logger *slog.Logger

	fullNetworkMode  bool
	relayUrl         string
	signalCollection string
}

// Run reproduces cmd/tap/crawler.go:37: one goroutine, enumerating once a
// day (or again a minute after an error).
func (c *Crawler) Run(ctx context.Context) {
	for {
		var err error
		if c.signalCollection != "" {
			err = c.EnumerateNetworkByCollection(ctx, c.signalCollection)
		} else if c.fullNetworkMode {
			err = c.EnumerateNetwork(ctx)
		}
		var d time.Duration
		if err != nil {
			c.logger.Error("failed to enumerate network", "error", err)
			d = time.Minute
		} else {
			c.logger.Info("finished enumerating network, sleeping for 1 day")
			d = 24 * time.Hour
		}

		select {
		case <-ctx.Done():
			return
		case <-time.After(d):
		}
	}
}

// EnumerateNetwork discovers and tracks all repositories on the network.
//
// EnumerateNetwork reproduces cmd/tap/crawler.go:72 (cursor lookup call
// :76, repos insert :115, cursor write :128).
func (c *Crawler) EnumerateNetwork(ctx context.Context) error {
	cursor, err := c.getListReposCursor(ctx) // safe: the cursor row is written by gorm Save on its primary key (url), i.e. UPDATE then INSERT ... ON CONFLICT DO UPDATE, from the crawler's single Run goroutine; the repos batch is INSERT ... ON CONFLICT DO NOTHING
	if err != nil {
		return err
	}

	client := atclient.NewAPIClient(c.relayUrl)
	client.Headers.Set("User-Agent", userAgent())
	client.Client = &http.Client{
		Timeout: 30 * time.Second,
	}

	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		default:
		}

		repoList, err := comatproto.SyncListRepos(ctx, client, cursor, 1000)
		if err != nil {
			return fmt.Errorf("failed to list repos: %w", err)
		}

		repos := make([]models.Repo, 0)
		for _, repo := range repoList.Repos {
			if repo.Active != nil && *repo.Active == false {
				continue
			}
			repos = append(repos, models.Repo{
				Did:    repo.Did,
				State:  models.RepoStatePending,
				Status: models.AccountStatusActive,
			})
		}

		if len(repos) == 0 {
			break
		}

		if err := c.db.WithContext(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(&repos).Error; err != nil {
			c.logger.Error("failed to save repos batch", "error", err, "count", len(repos))
			return err
		}

		c.logger.Info("enumerated repos batch", "count", len(repos))

		if repoList.Cursor == nil || *repoList.Cursor == "" {
			break
		}
		cursor = *repoList.Cursor

		if err := c.db.WithContext(ctx).Save(&models.ListReposCursor{
			Url:    c.relayUrl,
			Cursor: cursor,
		}).Error; err != nil {
			c.logger.Error("failed to save list repos cursor", "error", err)
		}
	}

	c.logger.Info("network enumeration complete")
	return nil
}

// getListReposCursor reproduces cmd/tap/crawler.go:140 (lookup :142).
func (c *Crawler) getListReposCursor(ctx context.Context) (string, error) {
	var dbCursor models.ListReposCursor
	err := c.db.WithContext(ctx).Where("url = ?", c.relayUrl).First(&dbCursor).Error
	if err != nil {
		if err != gorm.ErrRecordNotFound {
			return "", fmt.Errorf("failed to read list repos cursor: %w", err)
		}
		return "", nil
	}
	return dbCursor.Cursor, nil
}

// EnumerateNetworkByCollection discovers repositories that have records in the specified collection.
//
// EnumerateNetworkByCollection reproduces cmd/tap/crawler.go:153 (cursor
// lookup call :158, repos insert :194, cursor write :207).
func (c *Crawler) EnumerateNetworkByCollection(ctx context.Context, collection string) error {
	cursor, err := c.getCollectionCursor(ctx, collection) // safe: the cursor row is written by gorm Save on its primary key (url, collection), i.e. UPDATE then INSERT ... ON CONFLICT DO UPDATE, from the crawler's single Run goroutine; the repos batch is INSERT ... ON CONFLICT DO NOTHING
	if err != nil {
		return err
	}

	client := atclient.NewAPIClient(c.relayUrl)
	client.Headers.Set("User-Agent", userAgent())
	client.Client = &http.Client{
		Timeout: 30 * time.Second,
	}

	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		default:
		}

		repoList, err := comatproto.SyncListReposByCollection(ctx, client, collection, cursor, 1000)
		if err != nil {
			return fmt.Errorf("failed to list repos by collection: %w", err)
		}

		repos := make([]models.Repo, 0)
		for _, repo := range repoList.Repos {
			repos = append(repos, models.Repo{
				Did:    repo.Did,
				State:  models.RepoStatePending,
				Status: models.AccountStatusActive,
			})
		}

		if len(repos) == 0 {
			break
		}

		if err := c.db.WithContext(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(&repos).Error; err != nil {
			c.logger.Error("failed to save repos batch", "error", err, "collection", collection, "count", len(repos))
			return err
		}

		c.logger.Info("enumerated repos by collection batch", "collection", collection, "count", len(repos))

		if repoList.Cursor == nil || *repoList.Cursor == "" {
			break
		}
		cursor = *repoList.Cursor

		if err := c.db.WithContext(ctx).Save(&models.CollectionCursor{
			Url:        c.relayUrl,
			Collection: collection,
			Cursor:     cursor,
		}).Error; err != nil {
			c.logger.Error("failed to save collection cursor", "error", err)
		}
	}

	c.logger.Info("collection enumeration complete", "collection", collection)
	return nil
}

// getCollectionCursor reproduces cmd/tap/crawler.go:220 (lookup :222).
func (c *Crawler) getCollectionCursor(ctx context.Context, collection string) (string, error) {
	var dbCursor models.CollectionCursor
	err := c.db.WithContext(ctx).Where("url = ? AND collection = ?", c.relayUrl, collection).First(&dbCursor).Error
	if err != nil {
		if err != gorm.ErrRecordNotFound {
			return "", fmt.Errorf("failed to read collection cursor: %w", err)
		}
		return "", nil
	}
	return dbCursor.Cursor, nil
}

// userAgent: signature of cmd/tap/util.go:20; body trimmed.
func userAgent() string {
	return "indigo-tap"
}
