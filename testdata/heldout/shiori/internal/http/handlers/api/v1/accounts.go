package api_v1

import (
	"encoding/json"
	"errors"
	"net/http"

	"example.com/heldout/shiori/internal/http/middleware"
	"example.com/heldout/shiori/internal/http/response"
	"example.com/heldout/shiori/internal/model"
)

type createAccountPayload struct {
	Username string `json:"username"`
	Password string `json:"password"`
	Owner    bool   `json:"owner"`
}

// ToAccountDTO reproduces internal/http/handlers/api/v1/accounts.go:20.
func (p *createAccountPayload) ToAccountDTO() model.AccountDTO {
	return model.AccountDTO{
		Username: p.Username,
		Password: p.Password,
		Owner:    &p.Owner,
	}
}

// HandleCreateAccount reproduces internal/http/handlers/api/v1/accounts.go:59.
func HandleCreateAccount(deps model.Dependencies, c model.WebContext) {
	if err := middleware.RequireLoggedInAdmin(deps, c); err != nil {
		return
	}

	var payload createAccountPayload
	if err := json.NewDecoder(c.Request().Body).Decode(&payload); err != nil {
		response.SendError(c, http.StatusBadRequest, "invalid json")
		return
	}

	account, err := deps.Domains().Accounts().CreateAccount(c.Request().Context(), payload.ToAccountDTO())
	if err, isValidationErr := err.(model.ValidationError); isValidationErr {
		response.SendError(c, http.StatusBadRequest, err.Error())
		return
	}

	if errors.Is(err, model.ErrAlreadyExists) {
		response.SendError(c, http.StatusConflict, "account already exists")
		return
	}

	if err != nil {
		deps.Logger().WithError(err).Error("error creating account")
		response.SendInternalServerError(c)
		return
	}

	response.SendJSON(c, http.StatusCreated, account)
}
