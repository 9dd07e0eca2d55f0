// Command gonic reproduces go.senan.xyz/gonic/cmd/gonic/gonic.go (trimmed): opening and
// migrating the database, the start-up session key, the one Scanner / Podcasts / info cache
// values shared by the controllers, and the background jobs that write to the database.
package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"log"
	"net/http"
	"os/signal"
	"syscall"
	"time"

	"golang.org/x/sync/errgroup"

	"example.com/heldout/gonic/db"
	"example.com/heldout/gonic/deps"
	"example.com/heldout/gonic/infocache/albuminfocache"
	"example.com/heldout/gonic/infocache/artistinfocache"
	"example.com/heldout/gonic/lastfm"
	"example.com/heldout/gonic/musicbrainz"
	"example.com/heldout/gonic/podcast"
	"example.com/heldout/gonic/scanner"
	"example.com/heldout/gonic/server/ctrladmin"
	"example.com/heldout/gonic/server/ctrlsubsonic"
	"example.com/heldout/gonic/tags"
)

func main() {
	confDBPath := "gonic.db"
	confMusicPaths := []string{"/music"}
	confPodcastPath := "/podcasts"

	dbc, err := db.New(confDBPath, deps.DBDriverOptions(), false)
	if err != nil {
		log.Fatalf("error opening database: %v\n", err)
	}
	defer dbc.Close()

	err = dbc.Migrate(db.MigrationContext{
		Production:        true,
		DBPath:            confDBPath,
		OriginalMusicPath: confMusicPaths[0],
		PodcastsPath:      confPodcastPath,
	})
	if err != nil {
		log.Panicf("error migrating database: %v\n", err)
	}

	var tagReader tags.Reader

	scannr := scanner.New(confMusicPaths, dbc, nil, tagReader, false, nil)
	podcast := podcast.New(dbc, confPodcastPath, tagReader)

	lastfmClientKeySecretFunc := func() (string, string, error) {
		apiKey, _ := dbc.GetSetting(db.LastFMAPIKey)
		secret, _ := dbc.GetSetting(db.LastFMSecret)
		if apiKey == "" || secret == "" {
			return "", "", fmt.Errorf("not configured")
		}
		return apiKey, secret, nil
	}

	lastfmClient := lastfm.NewClient(lastfmClientKeySecretFunc)
	mbClient := musicbrainz.NewClient("gonic")

	// gonic.go:251-260, in main before the errgroup below starts the HTTP server and jobs.
	sessKey, err := dbc.GetSetting("session_key") // safe: single-writer start-up path: read once in main, and written by SetSetting when empty, before the HTTP server and the background jobs start (errgroup below); settings.key is the primary key besides
	if err != nil {
		log.Panicf("error getting session key: %v\n", err)
	}
	if sessKey == "" {
		sessKey = rand.Text() // securecookie.GenerateRandomKey(32) upstream
		if err := dbc.SetSetting("session_key", sessKey); err != nil {
			log.Panicf("error setting session key: %v\n", err)
		}
	}

	artistInfoCache := artistinfocache.New(dbc, lastfmClient, mbClient)
	albumInfoCache := albuminfocache.New(dbc, lastfmClient, mbClient)

	ctrlAdmin, err := ctrladmin.New(dbc, scannr, podcast)
	if err != nil {
		log.Panicf("error creating admin controller: %v\n", err)
	}
	ctrlSubsonic, err := ctrlsubsonic.New(dbc, scannr, podcast, artistInfoCache, albumInfoCache)
	if err != nil {
		log.Panicf("error creating subsonic controller: %v\n", err)
	}

	mux := http.NewServeMux()
	mux.Handle("/admin/", http.StripPrefix("/admin", ctrlAdmin))
	mux.Handle("/rest/", http.StripPrefix("/rest", ctrlSubsonic))

	ctx, cancel := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer cancel()
	errgrp, ctx := errgroup.WithContext(ctx)

	errgrp.Go(func() error {
		server := &http.Server{Addr: ":4747", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
		return server.ListenAndServe()
	})

	errgrp.Go(func() error {
		ctxTick(ctx, 1*time.Hour, func() {
			if err := podcast.RefreshPodcasts(); err != nil {
				log.Printf("failed to refresh some feeds: %s", err)
			}
		})
		return nil
	})

	errgrp.Go(func() error {
		ctxTick(ctx, 5*time.Second, func() {
			if err := podcast.DownloadTick(); err != nil {
				log.Printf("failed to download podcast: %s", err)
			}
		})
		return nil
	})

	errgrp.Go(func() error {
		ctxTick(ctx, 6*time.Hour, func() {
			if err := artistInfoCache.Refresh(); err != nil {
				log.Printf("error in artist info cache: %v", err)
			}
		})
		return nil
	})

	errgrp.Go(func() error {
		ctxTick(ctx, 60*time.Minute, func() {
			if _, err := scannr.ScanAndClean(scanner.ScanOptions{}); err != nil {
				log.Printf("error scanning: %v", err)
			}
		})
		return nil
	})

	if err := errgrp.Wait(); err != nil {
		log.Panic(err)
	}
}

func ctxTick(ctx context.Context, interval time.Duration, f func()) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			f()
		}
	}
}
