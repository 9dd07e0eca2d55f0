// Reduced copy of posts.go of github.com/writefreely/writefreely at
// 6384f4667b5adb3a7c571c8da26b99f93db697ce.

package writefreely

import (
	"database/sql"
	"net/http"
	"regexp"
	"strings"
	"time"

	"example.com/heldout/writefreely/third_party/activitystreams"
	"example.com/heldout/writefreely/third_party/impart"
	"example.com/heldout/writefreely/third_party/log"
	"example.com/heldout/writefreely/third_party/mux"
)

// mentionReg is postrender.go:43.
var mentionReg = regexp.MustCompile(`@([A-Za-z0-9._%+-]+)(@[A-Za-z0-9.-]+\.[A-Za-z]+)\b`)

type (
	// Post is posts.go (reduced).
	Post struct {
		ID      string    `dbcol:"id" json:"id"`
		Created time.Time `dbcol:"created" json:"created"`
		Content string    `dbcol:"content" json:"body"`
	}

	// PublicPost is posts.go (reduced).
	PublicPost struct {
		*Post
		Collection *CollectionObj `json:"collection,omitempty"`
	}
)

// ActivityObject is posts.go:1210, reduced to the mention resolution
// (:1264-1280). Callers: federatePost (activitypub.go:699 and :753),
// deleteFederatedPost (:640), the outbox (:201) and the post's ActivityPub
// views (posts.go:1165, :1571), each resolving
// every @user@host mention of the post through GetProfilePageFromHandle.
func (p *PublicPost) ActivityObject(app *App) *activitystreams.Object {
	var o *activitystreams.Object
	o = activitystreams.NewNoteObject()
	o.ID = p.Collection.FederatedAPIBase() + "api/posts/" + p.ID
	o.CC = []string{
		p.Collection.FederatedAccount() + "/followers",
	}
	// Find mentioned users
	mentionedUsers := make(map[string]string)

	content := p.Content
	mentions := mentionReg.FindAllString(content, -1)

	for _, handle := range mentions {
		actorIRI, err := app.db.GetProfilePageFromHandle(app, handle)
		if err != nil {
			log.Info("Couldn't find user '%s' locally or remotely", handle)
			continue
		}
		mentionedUsers[handle] = actorIRI
	}

	for handle, iri := range mentionedUsers {
		o.CC = append(o.CC, iri)
		o.Tag = append(o.Tag, activitystreams.Tag{Type: "Mention", HRef: iri, Name: handle})
	}
	return o
}

// getSlug is posts.go:1287; getSlugFromPost (:1291) strips Markdown and
// transliterates with gosimple/slug upstream, reduced here to lowercasing and
// hyphenation.
// TODO: merge this into getSlugFromPost or phase it out
func getSlug(title, lang string) string {
	return getSlugFromPost("", title, lang)
}

func getSlugFromPost(title, body, lang string) string {
	if title == "" {
		title = body
	}
	s := strings.ToLower(strings.TrimSpace(title))
	s = regexp.MustCompile(`[^a-z0-9]+`).ReplaceAllString(s, "-")
	return strings.TrimFunc(s, func(r rune) bool {
		// TruncToWord doesn't respect words in a slug, since spaces are replaced
		// with hyphens. So remove any trailing hyphens.
		return r == '-'
	})
}

// deletePost is posts.go:822 (DELETE /api/posts/{post}, routes.go:164),
// reduced to the edit-token branch (:843-859).
func deletePost(app *App, w http.ResponseWriter, r *http.Request) error {
	vars := mux.Vars(r)
	friendlyID := vars["post"]
	editToken := r.FormValue("token")

	var res sql.Result
	var err error
	if editToken != "" {
		// TODO: SELECT owner_id, as well, and return appropriate error if NULL instead of running two queries
		var dummy int64
		err = app.db.QueryRow("SELECT 1 FROM posts WHERE id = ?", friendlyID).Scan(&dummy) // safe: the existence checks only guard a DELETE of that post; nothing is inserted
		switch {
		case err == sql.ErrNoRows:
			return impart.HTTPError{Status: http.StatusNotFound, Message: "Post not found."}
		}
		err = app.db.QueryRow("SELECT 1 FROM posts WHERE id = ? AND owner_id IS NULL", friendlyID).Scan(&dummy)
		switch {
		case err == sql.ErrNoRows:
			// Post already has an owner. This could provide a bad experience
			// for the user, but it's more important to ensure data isn't lost
			// unexpectedly. So prevent deletion via token.
			return impart.HTTPError{Status: http.StatusConflict, Message: "This post belongs to some user (hopefully yours). Please log in and delete it from that user's account."}
		}
		res, err = app.db.Exec("DELETE FROM posts WHERE id = ? AND modify_token = ? AND owner_id IS NULL", friendlyID, editToken)
	} else {
		return impart.HTTPError{Status: http.StatusBadRequest, Message: "No authenticated user or post token given."}
	}
	if err != nil {
		return err
	}

	affected, err := res.RowsAffected()
	if err != nil {
		return err
	} else if affected == 0 {
		return impart.HTTPError{Status: http.StatusForbidden, Message: "Post not found, or you're not the owner."}
	}

	return impart.HTTPError{Status: http.StatusNoContent}
}
