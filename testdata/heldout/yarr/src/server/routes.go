package server

// This file reproduces src/server/routes.go of nkanaev/yarr, trimmed to the
// routes that write to the database (folders, feeds, settings, OPML import);
// the handler bodies kept are as upstream. Auth, static assets, Fever, items,
// OPML export and page crawling are left out.

import (
	"encoding/json"
	"log"
	"net/http"
	"reflect"
	"strconv"

	"example.com/heldout/yarr/src/server/opml"
	"example.com/heldout/yarr/src/storage/model"
	"example.com/heldout/yarr/src/worker"
)

func writeJSON(w http.ResponseWriter, status int, data any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(data); err != nil {
		log.Println("failed to write JSON:", err)
	}
}

// handler reproduces routes.go:42 (trimmed).
func (s *Server) handler() http.Handler {
	secureMux := http.NewServeMux()
	secureMux.HandleFunc("/api/folders", s.handleFolderList)
	secureMux.HandleFunc("/api/folders/{id}", s.handleFolder)
	secureMux.HandleFunc("/api/feeds", s.handleFeedList)
	secureMux.HandleFunc("/api/feeds/refresh", s.handleFeedRefresh)
	secureMux.HandleFunc("/api/feeds/errors", s.handleFeedErrors)
	secureMux.HandleFunc("/api/feeds/{id}", s.handleFeed)
	secureMux.HandleFunc("/api/settings", s.handleSettings)
	secureMux.HandleFunc("/opml/import", s.handleOPMLImport)
	return secureMux
}

// handleFolderList reproduces routes.go:152.
func (s *Server) handleFolderList(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		writeJSON(w, http.StatusOK, s.db.ListFolders())
	case http.MethodPost:
		var body FolderCreateForm
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			log.Print(err)
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		if len(body.Title) == 0 {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": "Folder title missing."})
			return
		}
		writeJSON(w, http.StatusCreated, s.db.CreateFolder(body.Title))
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

// handleFolder reproduces routes.go:173.
func (s *Server) handleFolder(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	switch r.Method {
	case http.MethodPut:
		var body FolderUpdateForm
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			log.Print(err)
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		s.db.UpdateFolder(id, model.UpdateFolderParams{
			Title:      body.Title,
			IsExpanded: body.IsExpanded,
		})
		w.WriteHeader(http.StatusOK)
	case http.MethodDelete:
		s.db.DeleteFolder(id)
		w.WriteHeader(http.StatusNoContent)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

// handleFeedRefresh reproduces routes.go:200.
func (s *Server) handleFeedRefresh(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodPost:
		s.worker.RefreshFeeds()
		w.WriteHeader(http.StatusOK)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

// handleFeedErrors reproduces routes.go:210.
func (s *Server) handleFeedErrors(w http.ResponseWriter, r *http.Request) {
	errors := make(map[int64]string)
	states, err := s.db.ListFeedStates()
	if err == nil {
		for _, state := range states {
			if state.LastError != "" {
				errors[state.FeedID] = state.LastError
			}
		}
	}
	writeJSON(w, http.StatusOK, errors)
}

// handleFeedList reproduces routes.go:223.
func (s *Server) handleFeedList(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		writeJSON(w, http.StatusOK, s.db.ListFeeds())
	case http.MethodPost:
		var form FeedCreateForm
		if err := json.NewDecoder(r.Body).Decode(&form); err != nil {
			log.Print(err)
			w.WriteHeader(http.StatusBadRequest)
			return
		}

		result, err := worker.DiscoverFeed(form.Url)
		switch {
		case err != nil:
			log.Printf("Faild to discover feed for %s: %s", form.Url, err)
			writeJSON(w, http.StatusOK, map[string]string{"status": "notfound"})
		case len(result.Sources) > 0:
			writeJSON(
				w,
				http.StatusOK,
				map[string]any{"status": "multiple", "choice": result.Sources},
			)
		case result.Feed != nil:
			title := result.Feed.Title
			if form.TitleOverride != "" {
				title = form.TitleOverride
			}
			feed := s.db.CreateFeed(model.CreateFeedParams{
				Title:    title,
				Link:     result.Feed.SiteURL,
				FeedLink: result.FeedLink,
				FolderID: form.FolderID,
			})
			items := worker.ConvertItems(result.Feed.Items, *feed)
			if len(items) > 0 {
				s.db.CreateItems(items)
			}
			s.worker.FindFeedFavicon(*feed)

			writeJSON(w, http.StatusOK, map[string]any{
				"status": "success",
				"feed":   feed,
			})
		default:
			writeJSON(w, http.StatusOK, map[string]string{"status": "notfound"})
		}
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

// handleFeed reproduces routes.go:275.
func (s *Server) handleFeed(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	switch r.Method {
	case http.MethodPut:
		feed := s.db.GetFeed(id) // safe: the lookup only guards an update (UpdateFeed by id, storage feed.go:59) of an existing row; nothing is inserted
		if feed == nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		body := make(map[string]any)
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			log.Print(err)
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		params := model.UpdateFeedParams{}
		if title, ok := body["title"]; ok {
			if reflect.TypeOf(title).Kind() == reflect.String {
				t := title.(string)
				params.Title = &t
			}
		}
		if f_id, ok := body["folder_id"]; ok {
			if f_id == nil {
				params.FolderID = model.SetNullable[int64](nil)
			} else if reflect.TypeOf(f_id).Kind() == reflect.Float64 {
				folderId := int64(f_id.(float64))
				params.FolderID = model.SetNullable(&folderId)
			}
		}
		if link, ok := body["feed_link"]; ok {
			if reflect.TypeOf(link).Kind() == reflect.String {
				l := link.(string)
				params.FeedLink = &l
			}
		}
		s.db.UpdateFeed(id, params)
		w.WriteHeader(http.StatusOK)
	case http.MethodDelete:
		s.db.DeleteFeed(id)
		w.WriteHeader(http.StatusNoContent)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

// handleSettings reproduces routes.go:427.
func (s *Server) handleSettings(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		writeJSON(w, http.StatusOK, s.db.GetSettings())
	case http.MethodPut:
		var params model.UpdateSettingsParams
		if err := json.NewDecoder(r.Body).Decode(&params); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		if s.db.UpdateSettings(params) {
			if params.RefreshRate != nil {
				s.worker.SetRefreshRate(s.db.GetSettings().RefreshRate)
			}
			w.WriteHeader(http.StatusOK)
		} else {
			w.WriteHeader(http.StatusBadRequest)
		}
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

// handleOPMLImport reproduces routes.go:450.
func (s *Server) handleOPMLImport(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodPost:
		file, _, err := r.FormFile("opml")
		if err != nil {
			log.Print(err)
			return
		}
		doc, err := opml.Parse(file)
		if err != nil {
			log.Print(err)
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		for _, f := range doc.Feeds {
			s.db.CreateFeed(model.CreateFeedParams{
				Title:    f.Title,
				Link:     f.SiteUrl,
				FeedLink: f.FeedUrl,
			})
		}
		for _, f := range doc.Folders {
			folder := s.db.CreateFolder(f.Title)
			for _, ff := range f.AllFeeds() {
				s.db.CreateFeed(model.CreateFeedParams{
					Title:    ff.Title,
					Link:     ff.SiteUrl,
					FeedLink: ff.FeedUrl,
					FolderID: &folder.Id,
				})
			}
		}

		s.worker.RefreshFeeds()

		w.WriteHeader(http.StatusOK)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}
