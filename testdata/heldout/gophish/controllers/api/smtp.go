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

// SendingProfiles handles requests for the /api/smtp/ endpoint
func (as *Server) SendingProfiles(w http.ResponseWriter, r *http.Request) {
	switch {
	//POST: Create a new SMTP and return it as JSON
	case r.Method == "POST":
		s := models.SMTP{}
		// Put the request into a page
		err := json.NewDecoder(r.Body).Decode(&s)
		if err != nil {
			JSONResponse(w, models.Response{Success: false, Message: "Invalid request"}, http.StatusBadRequest)
			return
		}
		// Check to make sure the name is unique
		// controllers/api/smtp.go:35 lookup (models/smtp.go:178), :43 PostSMTP
		// inserts (models/smtp.go:198).
		_, err = models.GetSMTPByName(s.Name, ctx.Get(r, "user_id").(int64)) // race; no unique key: smtp has only the id primary key, no unique (user_id, name) (20160227180335_0.1.2_store-smtp-settings.sql:8-19)
		if err != gorm.ErrRecordNotFound {
			JSONResponse(w, models.Response{Success: false, Message: "SMTP name already in use"}, http.StatusConflict)
			log.Error(err)
			return
		}
		s.ModifiedDate = time.Now().UTC()
		s.UserId = ctx.Get(r, "user_id").(int64)
		err = models.PostSMTP(&s)
		if err != nil {
			JSONResponse(w, models.Response{Success: false, Message: err.Error()}, http.StatusInternalServerError)
			return
		}
		JSONResponse(w, s, http.StatusCreated)
	}
}
