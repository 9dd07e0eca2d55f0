package worker

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"time"

	"example.com/heldout/yarr/src/parser"
	"example.com/heldout/yarr/src/storage"
	"example.com/heldout/yarr/src/storage/model"
)

// This file reproduces src/worker/crawler.go of nkanaev/yarr, trimmed: the
// HTML feed-link and icon scrapers (src/content/scraper) and the charset
// decoding (golang.org/x/net/html/charset) are left out. listItems and
// ConvertItems are as upstream.

type DiscoverResult struct {
	Feed     *parser.Feed
	FeedLink string
	Sources  []string
}

// DiscoverFeed reproduces crawler.go:27 (trimmed: no scraping of HTML pages
// for feed links).
func DiscoverFeed(candidateUrl string) (*DiscoverResult, error) {
	result := &DiscoverResult{}
	// Query URL
	res, err := client.get(candidateUrl)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode != 200 {
		return nil, fmt.Errorf("status code %d", res.StatusCode)
	}
	cs := getCharset(res)

	body, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, err
	}

	// Try to feed into parser
	feed, err := parser.ParseAndFix(bytes.NewReader(body), candidateUrl, cs)
	if err == nil {
		result.Feed = feed
		result.FeedLink = candidateUrl
		return result, nil
	}
	return nil, errors.New("no feeds found at the given url")
}

var emptyIcon = make(model.Icon, 0)
var imageTypes = map[string]bool{
	"image/x-icon": true,
	"image/png":    true,
	"image/jpeg":   true,
	"image/gif":    true,
}

// findFavicon reproduces crawler.go:85 (trimmed: only /favicon.ico).
func findFavicon(siteUrl, feedUrl string) (*model.Icon, error) {
	urls := make([]string, 0)

	favicon := func(link string) string {
		u, err := url.Parse(link)
		if err != nil {
			return ""
		}
		return fmt.Sprintf("%s://%s/favicon.ico", u.Scheme, u.Host)
	}

	if c := favicon(siteUrl); siteUrl != "" && c != "" {
		urls = append(urls, c)
	}
	if c := favicon(feedUrl); c != "" {
		urls = append(urls, c)
	}

	for _, u := range urls {
		res, err := client.get(u)
		if err != nil {
			continue
		}
		defer res.Body.Close()
		if res.StatusCode != 200 {
			continue
		}

		content, err := io.ReadAll(res.Body)
		if err != nil {
			continue
		}

		ctype := http.DetectContentType(content)
		if imageTypes[ctype] {
			icon := model.Icon(content)
			return &icon, nil
		}
	}
	return &emptyIcon, nil
}

// ConvertItems reproduces crawler.go:136.
func ConvertItems(items []parser.Item, feed model.Feed) []model.Item {
	result := make([]model.Item, len(items))
	for i, item := range items {
		mediaLinks := make(model.MediaLinks, 0)
		for _, link := range item.MediaLinks {
			mediaLinks = append(mediaLinks, model.MediaLink(link))
		}
		result[i] = model.Item{
			GUID:       item.GUID,
			FeedId:     feed.Id,
			Title:      item.Title,
			Link:       item.URL,
			Content:    item.Content,
			Date:       item.Date,
			Status:     model.UNREAD,
			MediaLinks: mediaLinks,
		}
	}
	return result
}

// listItems reproduces crawler.go:157 (lookup :160, write :190).
func listItems(f model.Feed, db storage.Storage) ([]model.Item, error) {
	lmod := ""
	etag := ""
	if state, _ := db.GetFeedState(f.Id); state != nil { // safe: the lookup only reads the conditional-GET headers; the write below, UpdateFeedState, is an atomic insert ... on conflict (feed_id) upsert on the unique/primary feed_states.feed_id, made whether or not a state was found
		lmod = state.HTTPLastModified
		etag = state.HTTPEtag
	}

	res, err := client.getConditional(f.FeedLink, lmod, etag)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()

	switch {
	case res.StatusCode < 200 || res.StatusCode > 399:
		if res.StatusCode == 404 {
			return nil, fmt.Errorf("feed not found")
		}
		return nil, fmt.Errorf("status code %d", res.StatusCode)
	case res.StatusCode == http.StatusNotModified:
		return nil, nil
	}

	feed, err := parser.ParseAndFix(res.Body, f.FeedLink, getCharset(res))
	if err != nil {
		return nil, err
	}

	lmod = res.Header.Get("Last-Modified")
	etag = res.Header.Get("Etag")
	now := time.Now().UTC()
	if lmod != "" || etag != "" {
		db.UpdateFeedState(f.Id, model.UpdateFeedStateParams{
			HTTPLastModified: &lmod,
			HTTPEtag:         &etag,
			LastRefreshed:    &now,
		})
	}
	return ConvertItems(feed.Items, f), nil
}

// getCharset reproduces crawler.go:199 (trimmed: the charset label is not
// validated).
func getCharset(res *http.Response) string {
	contentType := res.Header.Get("Content-Type")
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if cs, ok := params["charset"]; ok {
			return cs
		}
	}
	return ""
}
