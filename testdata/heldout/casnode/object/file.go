package object

// UploadFileRecord reproduces object/file.go:19.
type UploadFileRecord struct {
	Id          int    `xorm:"int notnull pk autoincr" json:"id"`
	FileName    string `xorm:"varchar(100)" json:"fileName"`
	FilePath    string `xorm:"varchar(100)" json:"filePath"`
	FileUrl     string `xorm:"varchar(100)" json:"fileUrl"`
	FileType    string `xorm:"varchar(10)" json:"fileType"`
	FileExt     string `xorm:"varchar(20)" json:"fileExt"`
	MemberId    string `xorm:"varchar(100) index" json:"memberId"`
	CreatedTime string `xorm:"varchar(40)" json:"createdTime"`
	Size        int    `xorm:"int" json:"size"`
	Views       int    `xorm:"int" json:"views"`
	Desc        string `xorm:"varchar(500)" json:"desc"`
	Deleted     bool   `xorm:"bool" json:"-"`
}

// AddFileRecord reproduces object/file.go:34.
func AddFileRecord(record *UploadFileRecord) (bool, int) {
	affected, err := adapter.Engine.Insert(record)
	if err != nil {
		panic(err)
	}

	return affected != 0, record.Id
}

// GetFilesNum reproduces object/file.go:86.
func GetFilesNum(memberId string) int {
	var total int64
	var err error

	record := new(UploadFileRecord)
	total, err = adapter.Engine.Where("member_id = ?", memberId).And("deleted = ?", 0).Count(record)
	if err != nil {
		panic(err)
	}

	return int(total)
}
