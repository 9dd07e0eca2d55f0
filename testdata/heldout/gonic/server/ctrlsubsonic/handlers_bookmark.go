package ctrlsubsonic

// Reproduces go.senan.xyz/gonic/server/ctrlsubsonic/handlers_bookmark.go (trimmed).

import (
	"net/http"

	"example.com/heldout/gonic/db"
	"example.com/heldout/gonic/server/ctrlsubsonic/params"
	"example.com/heldout/gonic/server/ctrlsubsonic/spec"
)

// ServeCreateBookmark reproduces handlers_bookmark.go:77 (FirstOrCreate :85-91, Save :97).
// jinzhu/gorm FirstOrCreate (main.go:429-440) is SELECT ... WHERE user_id=? AND
// entry_id_type=? AND entry_id=? LIMIT 1, then on not found an INSERT. Two concurrent
// createBookmark of one user for one entry (clients save the position periodically) both
// insert: two bookmarks rows for the entry.
func (c *Controller) ServeCreateBookmark(r *http.Request) *spec.Response {
	params := r.Context().Value(CtxParams).(params.Params)
	user := r.Context().Value(CtxUser).(*db.User)
	id, err := params.GetID("id")
	if err != nil {
		return spec.NewError(10, "please provide an `id` parameter")
	}
	bookmark := &db.Bookmark{}
	err = c.dbc. // race; no unique key: bookmarks has only the id primary key and no index on (user_id, entry_id_type, entry_id) (db/db.go:617-627, AutoMigrate in migrateBookmarks, migrations.go:318)
			FirstOrCreate(bookmark, db.Bookmark{
			UserID:      user.ID,
			EntryIDType: db.BookmarkEntry(id.Type),
			EntryID:     id.Value,
		}).
		Error
	if err != nil {
		return spec.NewError(0, "error finding bookmark: %v", err)
	}
	bookmark.Comment = params.GetOr("comment", "")
	bookmark.Position = params.GetOrInt("position", 0)
	if err := c.dbc.Save(bookmark).Error; err != nil {
		return spec.NewError(0, "error saving bookmark: %v", err)
	}
	return spec.NewResponse()
}
