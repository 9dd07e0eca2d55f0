// Package api reproduces the database paths of upstream internal/webserver/api/Api.go; logging,
// presigning, SSE and the request parsing are trimmed.
package api

import (
	"encoding/json"
	"errors"
	"net/http"

	"example.com/heldout/gokapi/internal/configuration"
	"example.com/heldout/gokapi/internal/configuration/database"
	"example.com/heldout/gokapi/internal/helper"
	"example.com/heldout/gokapi/internal/models"
	"example.com/heldout/gokapi/internal/storage"
	"example.com/heldout/gokapi/internal/storage/filerequest"
	"example.com/heldout/gokapi/internal/webserver/api/mutex/apimutex"
	"example.com/heldout/gokapi/internal/webserver/api/mutex/e2emutex"
	"example.com/heldout/gokapi/internal/webserver/authentication/users"
)

// LengthPublicId is the length of the public ID used for API keys
const LengthPublicId = 35

// LengthApiKey is the length of the private API key used for authentication
const LengthApiKey = 30

// error codes of upstream internal/webserver/errorHandling/errorcodes/Errorcodes.go
const (
	errorcodesNotFound       = 5
	errorcodesNoPermission   = 6
	errorcodesAlreadyExists  = 7
	errorcodesInternalServer = 8
)

// apiEditFile reproduces upstream Api.go:81 (PUT /api/files/modify; lookup :89, writes :124/:127)
func apiEditFile(w http.ResponseWriter, r requestParser, user models.User) {
	request, ok := r.(*paramFilesModify)
	if !ok {
		panic("invalid parameter passed")
	}
	apimutex.Lock(apimutex.TypeMetaData, request.Id)
	defer apimutex.Unlock(apimutex.TypeMetaData, request.Id)

	file, ok := database.GetMetaDataById(request.Id) // safe: per-file-id apimutex around lookup and writes; a miss returns 404, the found row is rewritten under its own Id (INSERT OR REPLACE), and a missing hotlink gets a fresh random id (AddHotlink)
	if !ok {
		sendError(w, http.StatusNotFound, errorcodesNotFound, "Invalid file ID provided.")
		return
	}
	if file.UserId != user.Id && !user.HasPermission(models.UserPermEditOtherUploads) {
		sendError(w, http.StatusUnauthorized, errorcodesNoPermission, "No permission to edit file.")
		return
	}
	if request.UnlimitedDownloads {
		file.UnlimitedDownloads = true
	} else {
		if request.AllowedDownloads != 0 {
			file.DownloadsRemaining = request.AllowedDownloads
			file.UnlimitedDownloads = false
		}
	}
	if request.UnlimitedExpiry {
		file.UnlimitedTime = true
	} else {
		if request.ExpiryTimestamp != 0 {
			file.ExpireAt = request.ExpiryTimestamp
			file.UnlimitedTime = false
		}
	}

	if !request.KeepPassword {
		file.PasswordHash = configuration.HashPassword(request.Password, false, "")
	}

	if file.HotlinkId != "" && !storage.IsAbleHotlink(file) {
		database.DeleteHotlink(file.HotlinkId)
		file.HotlinkId = ""
	} else if file.HotlinkId == "" && storage.IsAbleHotlink(file) {
		storage.AddHotlink(&file)
	}

	database.SaveMetaData(file)
	outputFileApiInfo(w, file)
}

// generateNewKey generates and saves a new API key (upstream :133)
func generateNewKey(defaultPermissions bool, userId int, friendlyName, filerequstId string) models.ApiKey {
	if friendlyName == "" {
		friendlyName = "Unnamed key"
	}
	newKey := models.ApiKey{
		Id:              helper.GenerateRandomString(LengthApiKey),
		PublicId:        helper.GenerateRandomString(LengthPublicId),
		FriendlyName:    friendlyName,
		Permissions:     models.ApiPermDefault,
		IsSystemKey:     false,
		UserId:          userId,
		UploadRequestId: filerequstId,
	}
	if !defaultPermissions {
		newKey.Permissions = models.ApiPermNone
	}
	database.SaveApiKey(newKey)
	return newKey
}

// apiCreateUser reproduces upstream :265 (POST /api/user/create -> users.Create)
func apiCreateUser(w http.ResponseWriter, r requestParser, user models.User) {
	request, ok := r.(*paramUserCreate)
	if !ok {
		panic("invalid parameter passed")
	}
	newUser, err := users.Create(request.Username)
	if err != nil {
		switch {
		case errors.Is(err, users.ErrorNameToShort):
			sendError(w, http.StatusBadRequest, errorcodesNoPermission, "Invalid username provided.")
		case errors.Is(err, users.ErrorUserExists):
			sendError(w, http.StatusConflict, errorcodesAlreadyExists, "User already exists.")
		default:
			sendError(w, http.StatusInternalServerError, errorcodesInternalServer, err.Error())
		}
		return
	}
	_, _ = w.Write([]byte(newUser.ToJson()))
}

// apiChangeFriendlyName reproduces upstream :286 (PUT /api/auth/friendlyname; ownership check trimmed)
func apiChangeFriendlyName(w http.ResponseWriter, r requestParser, user models.User) {
	request, ok := r.(*paramAuthFriendlyName)
	if !ok {
		panic("invalid parameter passed")
	}
	err := renameApiKeyFriendlyName(request.KeyId, request.FriendlyName)
	if err != nil {
		sendError(w, http.StatusInternalServerError, errorcodesInternalServer, err.Error())
		return
	}
}

// renameApiKeyFriendlyName reproduces upstream :308 (lookup :316, write :322)
func renameApiKeyFriendlyName(id string, newName string) error {
	if newName == "" {
		newName = "Unnamed key"
	}

	apimutex.Lock(apimutex.TypeApiKey, id)
	defer apimutex.Unlock(apimutex.TypeApiKey, id)

	key, ok := database.GetApiKey(id) // safe: per-key apimutex, and the lookup only guards an update of the found key (SaveApiKey = INSERT OR REPLACE / HMSET of the same Id); a miss is an error
	if !ok {
		return errors.New("could not modify API key")
	}
	if key.FriendlyName != newName {
		key.FriendlyName = newName
		database.SaveApiKey(key)
	}
	return nil
}

// getFilesForUser reproduces upstream :575 (expiry check and API output trimmed)
func getFilesForUser(user models.User, includeUploadRequests bool) []models.File {
	var validFiles []models.File
	for _, element := range database.GetAllMetadata() {
		if !includeUploadRequests && element.UploadRequestId != "" {
			continue
		}
		if element.UserId == user.Id || user.HasPermission(models.UserPermListOtherUploads) {
			validFiles = append(validFiles, element)
		}
	}
	return validFiles
}

// apiE2eGet reproduces upstream :1090 (POST /api/e2e/get). The e2e "get or create" is done by the
// client (end2end_admin.js getE2EInfo / cli-uploader GetE2eInfo + setE2eInfo): /e2e/mutex/lock,
// /e2e/get, and if nothing is set up yet or a file was added, /e2e/set, then /e2e/mutex/unlock.
func apiE2eGet(w http.ResponseWriter, _ requestParser, user models.User) {
	if !e2emutex.IsLocked(user.Id) {
		w.WriteHeader(http.StatusBadRequest)
		_, _ = w.Write([]byte("{\"result\":\"error\",\"errormessage\":\"mutex was not acquired or has expired\"}"))
		return
	}
	info := database.GetEnd2EndInfo(user.Id) // safe: the client holds the per-user e2emutex from lock to unlock around get and set, and the store is an upsert on the user (sqlite INSERT OR REPLACE INTO E2EConfig with "UserId" UNIQUE; Redis HMSET e2einfo:<userId>), so a second writer replaces, never duplicates
	// If e2e is supported for upload requests at some point, this needs to be changed
	files := getFilesForUser(user, false)
	ids := make([]string, len(files))
	for i, file := range files {
		ids[i] = file.Id
	}
	info.AvailableFiles = ids
	bytesE2e, err := json.Marshal(info)
	helper.Check(err)
	_, _ = w.Write(bytesE2e)
}

// apiE2eSet reproduces upstream :1109 (POST /api/e2e/set)
func apiE2eSet(w http.ResponseWriter, r requestParser, user models.User) {
	if !e2emutex.IsLocked(user.Id) {
		w.WriteHeader(http.StatusBadRequest)
		_, _ = w.Write([]byte("{\"result\":\"error\",\"errormessage\":\"mutex was not acquired or has expired\"}"))
		return
	}
	request, ok := r.(*paramE2eStore)
	if !ok {
		panic("invalid parameter passed")
	}
	database.SaveEnd2EndInfo(request.EncryptedInfo, user.Id)
	_, _ = w.Write([]byte("{\"result\":\"OK\"}"))
}

func apiE2eMutexLock(w http.ResponseWriter, _ requestParser, user models.User) {
	e2emutex.Lock(user.Id)
	_, _ = w.Write([]byte("{\"result\":\"OK\"}"))
}

func apiE2eMutexUnlock(w http.ResponseWriter, _ requestParser, user models.User) {
	e2emutex.Unlock(user.Id)
	_, _ = w.Write([]byte("{\"result\":\"OK\"}"))
}

// apiURequestSave reproduces upstream :1173 (POST /api/uploadrequest/save; lookup :1188,
// new request :1198-1200, write :1222). The size/file-count limits of isUserAllowedUnlimited are trimmed.
func apiURequestSave(w http.ResponseWriter, r requestParser, user models.User) {
	request, ok := r.(*paramURequestSave)
	if !ok {
		panic("invalid parameter passed")
	}
	uploadRequest := models.FileRequest{}
	isNewRequest := request.Id == ""

	if !isNewRequest {
		uploadRequest, ok = database.GetFileRequest(request.Id) // safe: the lookup only guards an update of an existing request (a miss is 404); a new request (empty id) gets a fresh random id from filerequest.New and a fresh API key
		if !ok {
			sendError(w, http.StatusNotFound, errorcodesNotFound, "FileRequest does not exist with the given ID")
			return
		}
		if uploadRequest.UserId != user.Id && !user.HasPermission(models.UserPermEditOtherUploads) {
			sendError(w, http.StatusUnauthorized, errorcodesNoPermission, "No permission to edit this upload request")
			return
		}
	} else {
		uploadRequest = filerequest.New(user)
		apiKey := generateNewKey(false, user.Id, "File Request Public Access", uploadRequest.Id)
		uploadRequest.ApiKey = apiKey.Id
	}

	if request.Name == "" {
		if request.IsNameSet || uploadRequest.Name == "" {
			uploadRequest.Name = "Unnamed Request"
		}
	} else {
		uploadRequest.Name = request.Name
	}
	if request.IsExpirySet {
		uploadRequest.Expiry = request.Expiry
	}
	if request.IsMaxFilesSet {
		uploadRequest.MaxFiles = request.MaxFiles
	}
	if request.IsMaxSizeSet {
		uploadRequest.MaxSize = request.MaxSizeMb
	}
	if request.IsNotesSet {
		uploadRequest.Notes = request.Notes
	}
	database.SaveFileRequest(uploadRequest)
	uploadRequest, _ = filerequest.Get(uploadRequest.Id)
	result, err := json.Marshal(uploadRequest)
	helper.Check(err)
	_, _ = w.Write(result)
}

func outputFileApiInfo(w http.ResponseWriter, file models.File) {
	result, err := json.Marshal(file)
	helper.Check(err)
	_, _ = w.Write(result)
}

func sendError(w http.ResponseWriter, statusCode, errorCode int, errorMessage string) {
	if w == nil {
		return
	}
	w.WriteHeader(statusCode)
	output := struct {
		Result  string `json:"Result"`
		Message string `json:"ErrorMessage"`
		Code    int    `json:"ErrorCode"`
	}{Result: "error", Message: errorMessage, Code: errorCode}
	outputBytes, err := json.Marshal(output)
	helper.Check(err)
	_, _ = w.Write(outputBytes)
}
