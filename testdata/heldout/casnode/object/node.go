package object

// Node reproduces object/node.go:23 (primary key id).
type Node struct {
	Id                 string   `xorm:"varchar(100) notnull pk" json:"id"`
	Name               string   `xorm:"varchar(100)" json:"name"`
	CreatedTime        string   `xorm:"varchar(40)" json:"createdTime"`
	Desc               string   `xorm:"mediumtext" json:"desc"`
	Extra              string   `xorm:"mediumtext" json:"extra"`
	Image              string   `xorm:"varchar(200)" json:"image"`
	BackgroundImage    string   `xorm:"varchar(200)" json:"backgroundImage"`
	HeaderImage        string   `xorm:"varchar(200)" json:"headerImage"`
	BackgroundColor    string   `xorm:"varchar(20)" json:"backgroundColor"`
	BackgroundRepeat   string   `xorm:"varchar(20)" json:"backgroundRepeat"`
	TabId              string   `xorm:"varchar(100)" json:"tab"`
	ParentNode         string   `xorm:"varchar(200)" json:"parentNode"`
	PlaneId            string   `xorm:"varchar(50)" json:"planeId"`
	Sorter             int      `json:"sorter"`
	Ranking            int      `json:"ranking"`
	Hot                int      `json:"hot"`
	Moderators         []string `xorm:"varchar(200)" json:"moderators"`
	MailingList        string   `xorm:"varchar(100)" json:"mailingList"`
	GoogleGroupCookie  string   `xorm:"varchar(1500)" json:"googleGroupCookie"`
	GitterApiToken     string   `xorm:"varchar(200)" json:"gitterApiToken"`
	GitterRoomURL      string   `xorm:"varchar(200)" json:"gitterRoomUrl"`
	GitterSyncFromTime string   `xorm:"varchar(40)" json:"gitterSyncFromTime"`
	IsHidden           bool     `xorm:"bool" json:"isHidden"`
}

// GetNode reproduces object/node.go:59.
func GetNode(id string) *Node {
	if id == "" {
		return nil
	}
	node := Node{Id: id}
	existed, err := adapter.Engine.Get(&node)
	if err != nil {
		panic(err)
	}

	if existed {
		return &node
	} else {
		return nil
	}
}

// UpdateNode reproduces object/node.go:76 (lookup :77, update :81).
// Caller: POST /api/update-node -> controllers/node.go:64 (admin).
func UpdateNode(id string, node *Node) bool {
	if GetNode(id) == nil { // safe: the lookup only guards an UPDATE of the node; nothing is inserted when it is missing
		return false
	}

	_, err := adapter.Engine.ID(id).AllCols().Update(node)
	if err != nil {
		panic(err)
	}

	isHidden := "0"
	if node.IsHidden {
		isHidden = "1"
	}

	_, err = adapter.Engine.Query("update topic set is_hidden = ? where node_id = ?", isHidden, node.Id)
	if err != nil {
		panic(err)
	}

	// return affected != 0
	return true
}

// AddNode reproduces object/node.go:100.
func AddNode(node *Node) bool {
	affected, err := adapter.Engine.Insert(node)
	if err != nil {
		panic(err)
	}

	return affected != 0
}

// UpdateNodeHotInfo reproduces object/node.go:256.
func UpdateNodeHotInfo(nodeId string, hot int) bool {
	node := new(Node)

	node.Hot = hot
	affected, err := adapter.Engine.ID(nodeId).Cols("hot").Update(node)
	if err != nil {
		panic(err)
	}

	return affected != 0
}

// GetNodeModerators reproduces object/node.go:268.
func GetNodeModerators(id string) []string {
	node := Node{Id: id}
	existed, err := adapter.Engine.Cols("moderators").Get(&node)
	if err != nil {
		panic(err)
	}

	if existed {
		return node.Moderators
	} else {
		return nil
	}
}

// AddNodeModerators reproduces object/node.go:300 (lookup :303, update :310).
// Caller: POST /api/add-node-moderators -> controllers/node.go:229 (admin).
func AddNodeModerators(memberId, nodeId string) bool {
	node := new(Node)

	moderators := GetNodeModerators(nodeId) // safe: the lookup only guards an UPDATE of node.moderators (a read-modify-write that can lose a concurrent addition, but no row is inserted)
	for _, v := range moderators {
		if v == memberId {
			return false
		}
	}
	node.Moderators = append(moderators, memberId)
	affected, err := adapter.Engine.ID(nodeId).Cols("moderators").Update(node)
	if err != nil {
		panic(err)
	}

	return affected != 0
}

// GetAllTopicTitlesOfNode reproduces object/node.go:337.
func (n Node) GetAllTopicTitlesOfNode() []string {
	var topics []Topic
	var ret []string
	err := adapter.Engine.Where("node_id = ? and deleted = 0", n.Id).Find(&topics)
	if err != nil {
		panic(err)
	}
	for _, topic := range topics {
		ret = append(ret, topic.Title)
	}
	return ret
}

// GetAllTopicsByNode reproduces object/node.go:350.
func (n Node) GetAllTopicsByNode() []Topic {
	var topics []Topic
	err := adapter.Engine.Where("node_id = ? and deleted = 0", n.Id).Desc("created_time").Find(&topics)
	if err != nil {
		panic(err)
	}
	return topics
}
