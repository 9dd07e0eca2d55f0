// Package core reproduces the parts of internal/core that the reproduced
// handlers call (URL clean-up, download, processing), reduced to stubs.
package core

import (
	"io"
	"net/http"
	nurl "net/url"
	"strings"

	"example.com/heldout/shiori/internal/model"
)

// RemoveUTMParams removes the UTM parameters from URL.
// Reproduces internal/core/url.go (RemoveUTMParams).
func RemoveUTMParams(url string) (string, error) {
	// Parse string URL
	tmp, err := nurl.Parse(url)
	if err != nil || tmp.Scheme == "" || tmp.Hostname() == "" {
		return url, err
	}

	// Remove UTM queries
	queries := tmp.Query()
	for key := range queries {
		if strings.HasPrefix(key, "utm_") {
			queries.Del(key)
		}
	}

	tmp.Fragment = ""
	tmp.RawQuery = queries.Encode()
	return tmp.String(), nil
}

// DownloadBookmark downloads bookmarked page from specified URL.
// Reproduces internal/core/download.go (reduced).
func DownloadBookmark(url string) (io.ReadCloser, string, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, "", err
	}
	return resp.Body, resp.Header.Get("Content-Type"), nil
}

// ProcessRequest is the request for processing bookmark.
// Reproduces internal/core/processing.go (reduced).
type ProcessRequest struct {
	DataDir     string
	Bookmark    model.BookmarkDTO
	Content     io.Reader
	ContentType string
	KeepTitle   bool
	KeepExcerpt bool
	LogArchival bool
}

// ProcessBookmark process the bookmark and archive it if needed.
// Reproduces internal/core/processing.go (reduced: readability, thumbnail, ebook
// and archive work on files only; no database access).
func ProcessBookmark(deps model.Dependencies, req ProcessRequest) (book model.BookmarkDTO, isFatalErr bool, err error) {
	book = req.Bookmark
	return book, false, nil
}
