// xorm behind plain helpers, as casnode writes them: a lookup that returns
// nil when Get says the row is missing and panics when the query fails, a
// bool helper over it, and inserts that return their error or panic on it.
package panic_helpers

import "xorm.io/xorm"

type Node struct {
	Id   string `xorm:"varchar(100) notnull pk"`
	Name string
}

// GetNode is nil when no node has the id; a failed query panics.
func GetNode(x *xorm.Engine, id string) *Node {
	if id == "" {
		return nil
	}
	node := Node{Id: id}
	existed, err := x.Get(&node)
	if err != nil {
		panic(err)
	}

	if existed {
		return &node
	} else {
		return nil
	}
}

// HasNode is true when a node has the id.
func HasNode(x *xorm.Engine, id string) bool {
	node := GetNode(x, id)

	return node != nil
}

// AddNode panics on its insert's error.
func AddNode(x *xorm.Engine, node *Node) bool {
	affected, err := x.Insert(node)
	if err != nil {
		panic(err)
	}

	return affected != 0
}

// InsertNode returns its insert's error.
func InsertNode(x *xorm.Engine, node *Node) error {
	_, err := x.Insert(node)
	return err
}

// CreateNode answers "existed" for a node that has the id: fixed.
func CreateNode(x *xorm.Engine, id string) (string, error) {
	if HasNode(x, id) {
		return "Node ID existed", nil
	}

	node := Node{Id: id, Name: "new"}
	if err := InsertNode(x, &node); err != nil {
		return "", err
	}
	return "ok", nil
}

// EnsureNode returns the node, created when missing: fixed.
func EnsureNode(x *xorm.Engine, id string) (*Node, error) {
	if n := GetNode(x, id); n != nil {
		return n, nil
	}
	n := &Node{Id: id, Name: "new"}
	return n, InsertNode(x, n)
}

// AddNodeHandler inserts through AddNode, which panics when the insert
// fails: reported, not fixed.
func AddNodeHandler(x *xorm.Engine, id string) string {
	if HasNode(x, id) {
		return "Node ID existed"
	}
	AddNode(x, &Node{Id: id})
	return "ok"
}

// UpdateNode only updates a node that exists: no finding.
func UpdateNode(x *xorm.Engine, id, name string) bool {
	if GetNode(x, id) == nil {
		return false
	}
	_, err := x.ID(id).Update(&Node{Name: name})
	return err == nil
}

// CreateNodeFlag tests the helper's answer through a variable: fixed.
func CreateNodeFlag(x *xorm.Engine, id string) (string, error) {
	existed := HasNode(x, id)
	if existed {
		return "Node ID existed", nil
	}
	return "ok", InsertNode(x, &Node{Id: id, Name: "new"})
}

// GetNodesByName lists the nodes of a name; a failed query panics.
func GetNodesByName(x *xorm.Engine, name string) []*Node {
	nodes := []*Node{}
	err := x.Where("name = ?", name).Find(&nodes)
	if err != nil {
		panic(err)
	}
	return nodes
}

// AddNamed creates a node of a name no node has: reported (no unique key
// on name), and only not-found leads to the create.
func AddNamed(x *xorm.Engine, id, name string) (string, error) {
	nodes := GetNodesByName(x, name)
	if len(nodes) != 0 {
		return "Duplicate name", nil
	}
	return "ok", InsertNode(x, &Node{Id: id, Name: name})
}
