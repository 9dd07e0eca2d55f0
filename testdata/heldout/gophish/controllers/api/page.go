package api

import (
	"encoding/json"
	"net/http"
	"time"

	ctx "example.com/heldout/gophish/context"
	log "example.com/heldout/gophish/logger"
	"example.com/heldout/gophish/models"
	"github.com/jinzhu/gorm"
)

// Pages handles requests for the /api/pages/ endpoint
func (as *Server) Pages(w http.ResponseWriter, r *http.Request) {
	switch {
	//POST: Create a new page and return it as JSON
	case r.Method == "POST":
		p := models.Page{}
		// Put the request into a page
		err := json.NewDecoder(r.Body).Decode(&p)
		if err != nil {
			JSONResponse(w, models.Response{Success: false, Message: "Invalid request"}, http.StatusBadRequest)
			return
		}
		// Check to make sure the name is unique
		// controllers/api/page.go:35 lookup (models/page.go:115), :43 PostPage
		// inserts (models/page.go:130).
		_, err = models.GetPageByName(p.Name, ctx.Get(r, "user_id").(int64)) // race; no unique key: pages has only the id primary key, no unique (user_id, name) (20160118194630_init.sql:9)
		if err != gorm.ErrRecordNotFound {
			JSONResponse(w, models.Response{Success: false, Message: "Page name already in use"}, http.StatusConflict)
			log.Error(err)
			return
		}
		p.ModifiedDate = time.Now().UTC()
		p.UserId = ctx.Get(r, "user_id").(int64)
		err = models.PostPage(&p)
		if err != nil {
			JSONResponse(w, models.Response{Success: false, Message: err.Error()}, http.StatusInternalServerError)
			return
		}
		JSONResponse(w, p, http.StatusCreated)
	}
}
