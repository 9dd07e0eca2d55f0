package object

import (
	"fmt"

	"xorm.io/xorm/schemas"

	"example.com/realworld/casdoor/util"
)

// TicketMessage is object/ticket.go:24.
type TicketMessage struct {
	Author    string `json:"author"`
	Text      string `json:"text"`
	Timestamp string `json:"timestamp"`
	IsAdmin   bool   `json:"isAdmin"`
}

// Ticket is object/ticket.go:31.
type Ticket struct {
	Owner       string           `xorm:"varchar(100) notnull pk" json:"owner"`
	Name        string           `xorm:"varchar(100) notnull pk" json:"name"`
	CreatedTime string           `xorm:"varchar(100)" json:"createdTime"`
	UpdatedTime string           `xorm:"varchar(100)" json:"updatedTime"`
	DisplayName string           `xorm:"varchar(100)" json:"displayName"`
	User        string           `xorm:"varchar(100) index" json:"user"`
	Title       string           `xorm:"varchar(200)" json:"title"`
	Content     string           `xorm:"mediumtext" json:"content"`
	State       string           `xorm:"varchar(50)" json:"state"`
	Messages    []*TicketMessage `xorm:"mediumtext json" json:"messages"`
}

// getTicket is object/ticket.go:80.
func getTicket(owner string, name string) (*Ticket, error) {
	if owner == "" || name == "" {
		return nil, nil
	}

	ticket := Ticket{Owner: owner, Name: name}
	existed, err := ormer.Engine.Get(&ticket)
	if err != nil {
		return &ticket, err
	}

	if existed {
		return &ticket, nil
	}

	return nil, nil
}

// GetTicket is object/ticket.go:98.
func GetTicket(id string) (*Ticket, error) {
	owner, name, err := util.GetOwnerAndNameFromIdWithError(id)
	if err != nil {
		return nil, err
	}
	return getTicket(owner, name)
}

// UpdateTicket is object/ticket.go:106.
func UpdateTicket(id string, ticket *Ticket) (bool, error) {
	owner, name, err := util.GetOwnerAndNameFromIdWithError(id)
	if err != nil {
		return false, err
	}
	if t, err := getTicket(owner, name); err != nil {
		return false, err
	} else if t == nil {
		return false, nil
	}

	affected, err := ormer.Engine.ID(schemas.PK{owner, name}).AllCols().Update(ticket)
	if err != nil {
		return false, err
	}

	return affected != 0, nil
}

// AddTicketMessage is object/ticket.go:147.
func AddTicketMessage(id string, message *TicketMessage) (bool, error) {
	ticket, err := GetTicket(id)
	if err != nil {
		return false, err
	}
	if ticket == nil {
		return false, fmt.Errorf("ticket not found: %s", id)
	}

	if ticket.Messages == nil {
		ticket.Messages = []*TicketMessage{}
	}

	ticket.Messages = append(ticket.Messages, message)
	return UpdateTicket(id, ticket)
}
