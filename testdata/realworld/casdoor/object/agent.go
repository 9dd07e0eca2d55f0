package object

import (
	"xorm.io/xorm/schemas"

	"example.com/realworld/casdoor/util"
)

// Agent is object/agent.go:24 (trimmed).
type Agent struct {
	Owner       string `xorm:"varchar(100) notnull pk" json:"owner"`
	Name        string `xorm:"varchar(100) notnull pk" json:"name"`
	CreatedTime string `xorm:"varchar(100)" json:"createdTime"`
	UpdatedTime string `xorm:"varchar(100)" json:"updatedTime"`
	DisplayName string `xorm:"varchar(100)" json:"displayName"`

	Url   string `xorm:"varchar(500)" json:"url"`
	Token string `xorm:"varchar(500)" json:"token"`
}

// getAgent is object/agent.go:46.
func getAgent(owner string, name string) (*Agent, error) {
	agent := Agent{Owner: owner, Name: name}
	existed, err := ormer.Engine.Get(&agent)
	if err != nil {
		return nil, err
	}

	if existed {
		return &agent, nil
	}
	return nil, nil
}

// UpdateAgent is object/agent.go:64.
func UpdateAgent(id string, agent *Agent) (bool, error) {
	owner, name := util.GetOwnerAndNameFromIdNoCheck(id)
	if a, err := getAgent(owner, name); err != nil { // safe: lookup only guards the update below (not found returns false)
		return false, err
	} else if a == nil {
		return false, nil
	}

	agent.UpdatedTime = util.GetCurrentTime()

	_, err := ormer.Engine.ID(schemas.PK{owner, name}).AllCols().Update(agent)
	if err != nil {
		return false, err
	}

	return true, nil
}
