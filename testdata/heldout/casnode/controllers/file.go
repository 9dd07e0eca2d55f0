package controllers

import (
	"encoding/json"

	"example.com/heldout/casnode/object"
	"example.com/heldout/casnode/util"
)

// NewUploadFile reproduces controllers/file.go:29.
type NewUploadFile struct {
	FileName string `json:"fileName"`
	FilePath string `json:"filePath"`
	FileUrl  string `json:"fileUrl"`
	Size     int    `json:"size"`
}

// fileNumResp reproduces controllers/type.go:67.
type fileNumResp struct {
	Num    int `json:"num"`
	MaxNum int `json:"maxNum"`
}

// AddFileRecord reproduces controllers/file.go:77 (POST /api/add-file-record,
// signed in; count :91, insert :111 -> object/file.go:35).
func (c *ApiController) AddFileRecord() {
	if c.RequireSignedIn() {
		return
	}

	user := c.GetSessionUser()

	var file NewUploadFile
	err := json.Unmarshal(c.Ctx.Input.RequestBody, &file)
	if err != nil {
		panic(err)
	}

	var resp Response
	uploadFileNum := object.GetFilesNum(GetUserName(user)) // safe: a quota count, not a key lookup: the record inserted below is keyed on a fresh autoincrement id (concurrent uploads can overshoot the quota, which is not a duplicate row)
	if uploadFileNum >= object.GetMemberFileQuota(user) {
		resp = Response{Status: "fail", Msg: "You have exceeded the upload limit."}
		c.Data["json"] = resp
		c.ServeJSON()
		return
	}

	record := object.UploadFileRecord{
		FileName:    file.FileName,
		FilePath:    file.FilePath,
		FileUrl:     file.FileUrl,
		FileType:    util.FileType(file.FileName),
		FileExt:     util.FileExt(file.FileName),
		MemberId:    GetUserName(user),
		CreatedTime: util.GetCurrentTime(),
		Size:        file.Size,
		Deleted:     false,
	}

	affected, id := object.AddFileRecord(&record)
	if affected {
		fileNum := fileNumResp{Num: object.GetFilesNum(GetUserName(user)), MaxNum: object.GetMemberFileQuota(user)}
		resp = Response{Status: "ok", Msg: "success", Data: id, Data2: fileNum}
	} else {
		resp = Response{Status: "fail", Msg: "Add file failed, please try again.", Data: id}
	}

	c.Data["json"] = resp
	c.ServeJSON()
}
