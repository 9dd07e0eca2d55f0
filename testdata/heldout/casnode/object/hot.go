package object

// BrowseRecord reproduces object/hot.go:18 (RecordType: 1 means node hit record).
type BrowseRecord struct {
	Id          int    `xorm:"int notnull pk autoincr" json:"id"`
	MemberId    string `xorm:"varchar(100)" json:"memberId"`
	RecordType  int    `xorm:"int" json:"recordType"`
	ObjectId    string `xorm:"varchar(100) index" json:"objectId"`
	CreatedTime string `xorm:"varchar(40) index" json:"createdTime"`
	Expired     bool   `xorm:"bool" json:"expired"`
}

// GetBrowseRecordNum reproduces object/hot.go:27.
func GetBrowseRecordNum(recordType int, objectId string) int {
	record := new(BrowseRecord)
	total, err := adapter.Engine.Where("object_id = ?", objectId).And("record_type = ?", recordType).And("expired = ?", false).Count(record)
	if err != nil {
		panic(err)
	}

	return int(total)
}

// AddBrowseRecordNum reproduces object/hot.go:46: a plain insert of a hit
// (POST /api/add-node-browse-record, /api/add-topic-browse-record,
// /api/add-topic-hit-count); no lookup precedes it.
func AddBrowseRecordNum(record *BrowseRecord) bool {
	affected, err := adapter.Engine.Insert(record)
	if err != nil {
		panic(err)
	}

	return affected != 0
}

// GetLastRecordId reproduces object/hot.go:68.
func GetLastRecordId() int {
	record := new(BrowseRecord)
	_, err := adapter.Engine.Desc("id").Cols("id").Limit(1).Get(record)
	if err != nil {
		panic(err)
	}

	res := record.Id

	return res
}

// UpdateHotNode reproduces object/hot.go:80 (lookup :82, update :89 ->
// node.go:256). Callers: the "hotInfo" cron job (cron.go:59) and
// POST /api/update-hot-info (controllers/hot.go:46).
func UpdateHotNode(last int) int {
	var record []*BrowseRecord
	err := adapter.Engine.Table("browse_record").Where("id > ?", last).And("record_type = ?", 1).GroupBy("object_id").Find(&record) // safe: the browse records found only drive an UPDATE of node.hot (UpdateNodeHotInfo); nothing is inserted
	if err != nil {
		panic(err)
	}

	for _, v := range record {
		hot := GetBrowseRecordNum(1, v.ObjectId)
		UpdateNodeHotInfo(v.ObjectId, hot)
	}

	return len(record)
}
