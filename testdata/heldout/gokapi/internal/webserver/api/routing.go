package api

import (
	"net/http"

	"example.com/heldout/gokapi/internal/models"
)

// requestParser reproduces upstream routing.go (header parsing trimmed)
type requestParser interface {
	ProcessParameter(r *http.Request) error
}

type apiRoute struct {
	Url           string               // The API endpoint
	ApiPerm       models.ApiPermission // Required permission to access the endpoint
	RequestParser requestParser        // Parser for the supplied parameters
	execution     apiFunc              // Execution function for the endpoint
}

type apiFunc func(w http.ResponseWriter, request requestParser, user models.User)

// routes reproduces the entries of upstream routing.go used by the reproduced handlers
var routes = []apiRoute{
	{Url: "/files/modify", ApiPerm: models.ApiPermEdit, execution: apiEditFile, RequestParser: &paramFilesModify{}},
	{Url: "/auth/friendlyname", ApiPerm: models.ApiPermApiMod, execution: apiChangeFriendlyName, RequestParser: &paramAuthFriendlyName{}},
	{Url: "/user/create", ApiPerm: models.ApiPermManageUsers, execution: apiCreateUser, RequestParser: &paramUserCreate{}},
	{Url: "/uploadrequest/save", ApiPerm: models.ApiPermManageFileRequests, execution: apiURequestSave, RequestParser: &paramURequestSave{}},
	{Url: "/e2e/get", ApiPerm: models.ApiPermUpload, execution: apiE2eGet, RequestParser: nil},
	{Url: "/e2e/set", ApiPerm: models.ApiPermUpload, execution: apiE2eSet, RequestParser: &paramE2eStore{}},
	{Url: "/e2e/mutex/lock", ApiPerm: models.ApiPermUpload, execution: apiE2eMutexLock, RequestParser: nil},
	{Url: "/e2e/mutex/unlock", ApiPerm: models.ApiPermUpload, execution: apiE2eMutexUnlock, RequestParser: nil},
}

type paramFilesModify struct {
	Id                 string `header:"id" required:"true"`
	AllowedDownloads   int    `header:"allowedDownloads"`
	ExpiryTimestamp    int64  `header:"expiryTimestamp"`
	Password           string `header:"password"`
	KeepPassword       bool   `header:"originalPassword"`
	UnlimitedDownloads bool
	UnlimitedExpiry    bool
	IsPasswordSet      bool
}

func (p *paramFilesModify) ProcessParameter(_ *http.Request) error { return nil }

type paramAuthFriendlyName struct {
	KeyId        string `header:"targetKey" required:"true"`
	FriendlyName string `header:"friendlyName" required:"true"`
}

func (p *paramAuthFriendlyName) ProcessParameter(_ *http.Request) error { return nil }

type paramUserCreate struct {
	Username string `header:"username" required:"true"`
}

func (p *paramUserCreate) ProcessParameter(_ *http.Request) error { return nil }

type paramE2eStore struct {
	EncryptedInfo models.E2EInfoEncrypted
}

func (p *paramE2eStore) ProcessParameter(_ *http.Request) error { return nil }

type paramURequestSave struct {
	Id            string `header:"id"`
	Name          string `header:"name" supportBase64:"true"`
	Notes         string `header:"notes" supportBase64:"true"`
	Expiry        int64  `header:"expiry"`
	MaxFiles      int    `header:"maxfiles"`
	MaxSizeMb     int    `header:"maxsize"`
	IsNameSet     bool
	IsExpirySet   bool
	IsMaxFilesSet bool
	IsMaxSizeSet  bool
	IsNotesSet    bool
}

func (p *paramURequestSave) ProcessParameter(_ *http.Request) error { return nil }
