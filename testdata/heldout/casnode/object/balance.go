package object

// ConsumptionRecord reproduces object/balance.go:27 (schema only: every write
// to it, AddBalance :58, is a plain insert with no lookup of the row).
// ConsumptionType 1-9 means:
// login bonus, receive thanks(topic), receive thanks(reply), thanks(topic)
// thanks(reply), new reply, receive reply bonus, new topic, top topic.
type ConsumptionRecord struct {
	Id              int    `xorm:"int notnull pk autoincr" json:"id"`
	Amount          int    `xorm:"int" json:"amount"`
	Balance         int    `xorm:"int" json:"balance"`
	ConsumerId      string `xorm:"varchar(100) index" json:"consumerId"`
	ObjectId        int    `xorm:"int index" json:"objectId"`
	ReceiverId      string `xorm:"varchar(100) index" json:"receiverId"`
	CreatedTime     string `xorm:"varchar(40)" json:"createdTime"`
	ConsumptionType int    `xorm:"int" json:"consumptionType"`
}

// AddBalance reproduces object/balance.go:58.
func AddBalance(balance *ConsumptionRecord) bool {
	affected, err := adapter.Engine.Insert(balance)
	if err != nil {
		panic(err)
	}

	return affected != 0
}
