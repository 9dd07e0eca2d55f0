package handlers

import (
	"fmt"
	"net/http"

	"example.com/heldout/statpingng/types/users"
)

func apiLoginHandler(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	username := r.PostForm.Get("username")
	password := r.PostForm.Get("password")

	user, auth := users.AuthUser(username, password)
	if auth {
		log.Infoln(fmt.Sprintf("User %v logged in from IP %v", user.Username, r.RemoteAddr))
		returnJson(user, w, r)
	} else {
		resp := struct {
			Error string `json:"error"`
		}{
			Error: "incorrect authentication",
		}
		returnJson(resp, w, r)
	}
}
