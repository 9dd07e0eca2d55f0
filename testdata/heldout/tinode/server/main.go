// Package main: trimmed copy of the tinode/chat server (server/*.go), only the
// types and functions on the paths of the catalogued sites.
package main

import (
	"sync"

	_ "example.com/heldout/tinode/server/auth/basic"
	_ "example.com/heldout/tinode/server/auth/code"
	_ "example.com/heldout/tinode/server/auth/rest"
	"example.com/heldout/tinode/server/store/types"
	_ "example.com/heldout/tinode/server/validate/email"
)

// MsgSetDesc is a C2S in set.what == "desc", acc, sub message.
type MsgSetDesc struct {
	Private any `json:"private,omitempty"`
}

// MsgSetSub is a payload in set.sub request to update current subscription or invite another user.
type MsgSetSub struct {
	User string `json:"user,omitempty"`
	Mode string `json:"mode,omitempty"`
}

// MsgSetQuery is an update to topic or user metadata.
type MsgSetQuery struct {
	Desc *MsgSetDesc `json:"desc,omitempty"`
	Sub  *MsgSetSub  `json:"sub,omitempty"`
}

// MsgClientSub is a subscription request {sub}.
type MsgClientSub struct {
	Set     *MsgSetQuery `json:"set,omitempty"`
	Created bool         `json:"-"`
	Newsub  bool         `json:"-"`
}

// MsgCredClient is an account credential such as email or phone number.
type MsgCredClient struct {
	Method   string `json:"meth,omitempty"`
	Value    string `json:"val,omitempty"`
	Response string `json:"resp,omitempty"`
}

// MsgClientAcc is an {acc} message for creating or updating a user account.
type MsgClientAcc struct {
	User   string          `json:"user,omitempty"`
	Scheme string          `json:"scheme,omitempty"`
	Secret []byte          `json:"secret,omitempty"`
	Cred   []MsgCredClient `json:"cred,omitempty"`
	Desc   *MsgSetDesc     `json:"desc,omitempty"`
}

// ClientComMessage is a wrapper for client messages.
type ClientComMessage struct {
	Sub      *MsgClientSub
	Set      *MsgSetQuery
	Acc      *MsgClientAcc
	Id       string
	Original string
	RcptTo   string
	AsUser   string
	AuthLvl  int
	sess     *Session
}

// Session represents a single WS connection or a long polling session.
type Session struct {
	sid        string
	uid        types.Uid
	lang       string
	remoteAddr string
	send       chan any
}

func (s *Session) queueOut(msg any) bool {
	select {
	case s.send <- msg:
	default:
	}
	return true
}

// perUserData is per-user runtime data.
type perUserData struct {
	private   any
	modeWant  types.AccessMode
	modeGiven types.AccessMode
	deleted   bool
}

// Topic is an isolation of communication.
type Topic struct {
	name      string
	xoriginal string
	cat       types.TopicCat
	owner     types.Uid
	perUser   map[types.Uid]perUserData
	reg       chan *ClientComMessage
}

// Hub is the core structure which holds topics.
type Hub struct {
	// Topics must be indexed by name
	topics *sync.Map

	// Channel for routing client-side messages, buffered at 4096
	join chan *ClientComMessage
}

func (h *Hub) topicGet(name string) *Topic {
	if t, ok := h.topics.Load(name); ok {
		return t.(*Topic)
	}
	return nil
}

func (h *Hub) topicPut(name string, t *Topic) {
	h.topics.Store(name, t)
}

func main() {
	h := &Hub{topics: &sync.Map{}, join: make(chan *ClientComMessage, 4096)}
	go h.run()
}
