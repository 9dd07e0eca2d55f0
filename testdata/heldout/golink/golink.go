// Copyright 2022 Tailscale Inc & Contributors
// SPDX-License-Identifier: BSD-3-Clause

// Reproduction of tailscale/golink golink.go at commit
// c4eca52fa35697a40a311cb6fa3b9b1c9b69705e, trimmed to the paths that read
// and write links: the start-up path of Run (restoreLastSnapshot, initStats,
// initMetricsData, flushStatsLoop), the HTTP entry (serveHandler -> serveGo),
// serveSave, serveDelete, and their helpers. Templates, tsnet, TLS, search,
// export and link expansion are left out. Stand-ins: prometheus
// (github.com/prometheus/client_golang/prometheus), xsrftoken
// (golang.org/x/net/xsrftoken) and local (tailscale.com/client/local), under
// example.com/heldout/golink/pkg.
//
// The server is net/http: one goroutine per request, so serveSave and
// serveDelete run concurrently with each other.
package golink

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	texttemplate "text/template"
	"time"

	"example.com/heldout/golink/pkg/local"
	"example.com/heldout/golink/pkg/prometheus"
	"example.com/heldout/golink/pkg/xsrftoken"
)

const (
	// Used as a placeholder short name for generating the XSRF defense token,
	// when creating new links.
	newShortName = ".new"

	// If the caller sends this header set to a non-empty value, we will allow
	// them to make the call even without an XSRF token.
	secHeaderName = "Sec-Golink"
)

var (
	verbose           = flag.Bool("verbose", false, "be verbose")
	sqlitefile        = flag.String("sqlitedb", "", "path of SQLite database to store links")
	dev               = flag.String("dev-listen", "", "if non-empty, listen on this addr and run in dev mode; auto-set sqlitedb if empty and don't use tsnet")
	allowUnknownUsers = flag.Bool("allow-unknown-users", false, "allow unknown users to save links")
	readonly          = flag.Bool("readonly", false, "start golink server in read-only mode")
)

var stats struct {
	mu     sync.Mutex
	clicks ClickStats // short link -> number of times visited

	// dirty identifies short link clicks that have not yet been stored.
	dirty ClickStats
}

var totalLinkCount = prometheus.NewGauge(
	prometheus.GaugeOpts{
		Name: "golinks_total",
		Help: "Total number of GoLinks being served",
	},
)

// LastSnapshot is the data snapshot (as returned by the /.export handler)
// that will be loaded on startup.
var LastSnapshot []byte

// db stores short links.
var db *SQLiteDB

var localClient *local.Client

// Run reproduces golink.go:120, trimmed: the database is opened, the snapshot
// restored and the stats loaded on the start-up goroutine, before the stats
// flusher and the HTTP server start.
func Run() error {
	flag.Parse()

	if *sqlitefile == "" {
		return errors.New("--sqlitedb is required")
	}

	var err error
	if db, err = NewSQLiteDB(*sqlitefile); err != nil {
		return fmt.Errorf("NewSQLiteDB(%q): %w", *sqlitefile, err)
	}

	if err := restoreLastSnapshot(); err != nil {
		log.Printf("restoring snapshot: %v", err)
	}
	if err := initStats(); err != nil {
		log.Printf("initializing stats: %v", err)
	}
	if err := initMetricsData(); err != nil {
		log.Printf("initializing metrics data: %v", err)
	}

	// flush stats periodically
	go flushStatsLoop()

	localClient = &local.Client{}
	return http.ListenAndServe(*dev, serveHandler())
}

var xsrfKey string

func init() {
	b := make([]byte, 24)
	rand.Read(b)
	xsrfKey = base64.StdEncoding.EncodeToString(b)
}

// initMetricsData reproduces golink.go:434.
func initMetricsData() error {
	// Set the totalLinkCount metric to what is saved in the DB
	var count float64
	err := db.db.QueryRow("SELECT COUNT(DISTINCT id) FROM Links").Scan(&count)
	if err != nil {
		return err
	}
	totalLinkCount.Set(count)

	return nil
}

// initStats reproduces golink.go:447.
func initStats() error {
	stats.mu.Lock()
	defer stats.mu.Unlock()

	clicks, err := db.LoadStats()
	if err != nil {
		return err
	}

	stats.clicks = clicks
	stats.dirty = make(ClickStats)

	return nil
}

// flushStats reproduces golink.go:463: the dirty click counts are appended to
// the Stats table (SQLiteDB.SaveStats, a plain INSERT per link; Stats has no
// key, it is a log summed by LoadStats) under stats.mu.
func flushStats() error {
	stats.mu.Lock()
	defer stats.mu.Unlock()

	if len(stats.dirty) == 0 {
		return nil
	}

	if err := db.SaveStats(stats.dirty); err != nil {
		return err
	}
	stats.dirty = make(ClickStats)
	return nil
}

// flushStatsLoop will flush stats every minute.  This function never returns.
func flushStatsLoop() {
	for {
		if err := flushStats(); err != nil {
			log.Printf("flushing stats: %v", err)
		}
		time.Sleep(time.Minute)
	}
}

// deleteLinkStats reproduces golink.go:489.
func deleteLinkStats(link *Link) {
	totalLinkCount.Dec()
	stats.mu.Lock()
	delete(stats.clicks, link.Short)
	delete(stats.dirty, link.Short)
	stats.mu.Unlock()

	db.DeleteStats(link.Short)
}

// serveHandler reproduces golink.go:534 (trimmed to the link-writing routes).
func serveHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/.delete/", serveDelete)

	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// all internal URLs begin with a leading "."; any other URL is treated as a go link.
		if !strings.HasPrefix(r.URL.Path, "/.") {
			serveGo(w, r)
			return
		}
		mux.ServeHTTP(w, r)
	})
}

// serveGo reproduces golink.go:634, trimmed to the save route (POST /).
func serveGo(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/" {
		switch r.Method {
		case "POST":
			serveSave(w, r)
		}
		return
	}
	http.NotFound(w, r)
}

// acceptHTML returns whether the request can accept a text/html response.
func acceptHTML(r *http.Request) bool {
	return strings.Contains(strings.ToLower(r.Header.Get("Accept")), "text/html")
}

var expandFuncMap = texttemplate.FuncMap{
	"PathEscape":  url.PathEscape,
	"QueryEscape": url.QueryEscape,
	"TrimPrefix":  strings.TrimPrefix,
	"TrimSuffix":  strings.TrimSuffix,
	"ToLower":     strings.ToLower,
	"ToUpper":     strings.ToUpper,
}

func devMode() bool { return *dev != "" }

type user struct {
	login   string
	isAdmin bool
}

// currentUser reproduces golink.go:897, trimmed (no identity headers, no
// capability map).
var currentUser = func(r *http.Request) (user, error) {
	if devMode() {
		return user{login: "foo@example.com"}, nil
	}
	whois, err := localClient.WhoIs(r.Context(), r.RemoteAddr)
	if err != nil {
		if *allowUnknownUsers {
			// Don't report the error if we are allowing unknown users.
			return user{}, nil
		}
		return user{}, err
	}
	return user{login: whois.UserProfile.LoginName}, nil
}

// userExists reproduces golink.go:990: whether a user exists with the
// specified login in the current tailnet.
func userExists(ctx context.Context, login string) (bool, error) {
	const userTaggedDevices = "tagged-devices" // owner of tagged devices

	if login == userTaggedDevices {
		return false, nil
	}

	if devMode() {
		// in dev mode, just assume the user exists
		return true, nil
	}
	st, err := localClient.Status(ctx)
	if err != nil {
		return false, err
	}
	for _, user := range st.User {
		if user.LoginName == userTaggedDevices {
			continue
		}
		if user.LoginName == login {
			return true, nil
		}
	}
	return false, nil
}

var reShortName = regexp.MustCompile(`^\w[\w\-\.]*$`)

// serveDelete reproduces golink.go:1018 (lookup :1035, delete :1056).
func serveDelete(w http.ResponseWriter, r *http.Request) {
	if *readonly {
		http.Error(w, "golink is in read-only mode", http.StatusMethodNotAllowed)
		return
	}
	short := strings.TrimPrefix(r.URL.Path, "/.delete/")
	if short == "" {
		http.Error(w, "short required", http.StatusBadRequest)
		return
	}

	cu, err := currentUser(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}

	link, err := db.Load(short) // safe: the lookup only guards a delete (db.Delete, DELETE FROM Links WHERE ID = ?); not found returns 404 and nothing is inserted
	if errors.Is(err, fs.ErrNotExist) {
		http.NotFound(w, r)
		return
	}

	if !canEditLink(r.Context(), link, cu) {
		http.Error(w, fmt.Sprintf("cannot delete link owned by %q", link.Owner), http.StatusForbidden)
		return
	}

	if !xsrftoken.Valid(r.PostFormValue("xsrf"), xsrfKey, cu.login, link.Short) {
		http.Error(w, "invalid XSRF token", http.StatusBadRequest)
		return
	}

	if err := db.Delete(short); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	deleteLinkStats(link)

	fmt.Fprintf(w, "deleted %s\n", link.Short)
}

// serveSave reproduces golink.go:1072 (lookup :1097, save :1159). It handles
// requests to save or update a Link. Existing links may only be updated by
// their owner.
func serveSave(w http.ResponseWriter, r *http.Request) {
	if *readonly {
		http.Error(w, "golink is in read-only mode", http.StatusMethodNotAllowed)
		return
	}
	short, long := r.FormValue("short"), r.FormValue("long")
	if short == "" || long == "" {
		http.Error(w, "short and long required", http.StatusBadRequest)
		return
	}
	if !reShortName.MatchString(short) {
		http.Error(w, "short may only contain letters, numbers, dash, and period", http.StatusBadRequest)
		return
	}
	if _, err := texttemplate.New("").Funcs(expandFuncMap).Parse(long); err != nil {
		http.Error(w, fmt.Sprintf("long contains an invalid template: %v", err), http.StatusBadRequest)
		return
	}

	cu, err := currentUser(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}

	// Both branches (found: update; not found: new Link) end in the same
	// db.Save, an INSERT OR REPLACE on the Links.ID primary key (= linkID(short),
	// the key Load looks up). Two concurrent creators of one short name leave one
	// row and no error (last writer wins); the owner/XSRF checks made on the
	// not-found result are then bypassed for the second writer (a lost update,
	// not a duplicate row).
	link, err := db.Load(short) // safe: upsert: the write is SQLite INSERT OR REPLACE on Links.ID PRIMARY KEY (linkID(short)), so no duplicate row and no unique violation
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}

	if !canEditLink(r.Context(), link, cu) {
		http.Error(w, fmt.Sprintf("cannot update link owned by %q", link.Owner), http.StatusForbidden)
		return
	}

	// short name to use for XSRF token.
	// For new link creation, the special newShortName value is used.
	// For existing links, the link's short name is used. This intentionally
	// prevents the home page "create" form from overwriting an existing link;
	// to edit an existing link the user must use the detail page edit form
	// which generates a token scoped to that link's short name.
	tokenShortName := newShortName
	if link != nil {
		tokenShortName = link.Short
	}

	if !isRequestAuthorized(r, cu, tokenShortName) {
		if link != nil && isRequestAuthorized(r, cu, newShortName) {
			// The user submitted from the home page create form but the link
			// already exists. Redirect to the detail page so they can edit it
			// intentionally rather than accidentally overwriting it.
			http.Redirect(w, r, "/.detail/"+url.PathEscape(short)+"?exists=1", http.StatusSeeOther)
		} else {
			http.Error(w, "invalid XSRF token", http.StatusBadRequest)
		}
		return
	}

	// allow transferring ownership to valid users. If empty, set owner to current user.
	owner := r.FormValue("owner")
	if owner != "" {
		exists, err := userExists(r.Context(), owner)
		if err != nil {
			log.Printf("looking up tailnet user %q: %v", owner, err)
		}
		if !exists {
			http.Error(w, "new owner not a valid user: "+owner, http.StatusBadRequest)
			return
		}
	} else {
		owner = cu.login
	}

	now := time.Now().UTC()
	newLink := false
	if link == nil {
		link = &Link{
			Short:   short,
			Created: now,
		}
		newLink = true
	}
	link.Short = short
	link.Long = long
	link.LastEdit = now
	link.Owner = owner
	if err := db.Save(link); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}

	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(link)
	// If this is a new link and not an update inc
	if newLink {
		totalLinkCount.Inc()
	}
}

// canEditLink returns whether the specified user has permission to edit link.
// Admin users can edit all links.
// Non-admin users can only edit their own links or links without an active owner.
func canEditLink(ctx context.Context, link *Link, u user) bool {
	if *readonly {
		return false
	}
	if link == nil || link.Owner == "" {
		// new or unowned link
		return true
	}

	if u.isAdmin || link.Owner == u.login {
		return true
	}

	owned, err := userExists(ctx, link.Owner)
	if err != nil {
		log.Printf("looking up tailnet user %q: %v", link.Owner, err)
	}
	// Allow editing if the link is currently unowned
	return err == nil && !owned
}

// restoreLastSnapshot reproduces golink.go:1261 (lookup :1272, save :1278). It
// is called once by Run (golink.go:164) on the start-up goroutine, before
// flushStatsLoop (:189) and before any HTTP listener is served.
func restoreLastSnapshot() error {
	bs := bufio.NewScanner(bytes.NewReader(LastSnapshot))
	var restored int
	for bs.Scan() {
		link := new(Link)
		if err := json.Unmarshal(bs.Bytes(), link); err != nil {
			return err
		}
		if link.Short == "" {
			continue
		}
		_, err := db.Load(link.Short) // safe: single-threaded start-up (Run calls it before any handler is served), and the write is INSERT OR REPLACE on the Links.ID PRIMARY KEY
		if err == nil {
			continue // exists
		} else if !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		if err := db.Save(link); err != nil {
			return err
		}
		restored++
	}
	if restored > 0 && *verbose {
		log.Printf("Restored %v links.", restored)
	}
	return bs.Err()
}

// isRequestAuthorized reproduces golink.go:1312.
func isRequestAuthorized(r *http.Request, u user, short string) bool {
	if *allowUnknownUsers {
		return true
	}
	if r.Header.Get(secHeaderName) != "" {
		return true
	}

	return xsrftoken.Valid(r.PostFormValue("xsrf"), xsrfKey, u.login, short)
}
