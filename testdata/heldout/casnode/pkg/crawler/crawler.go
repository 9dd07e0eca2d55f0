// Package crawler is a minimal stand-in for
// github.com/casbin/google-groups-crawler, used by casnode's Google Groups
// sync (object/mailing_list.go).
package crawler

import "net/http"

// GoogleGroup stands in for crawler.GoogleGroup.
type GoogleGroup struct {
	GroupName string
	Cookie    string
}

// File stands in for crawler.File.
type File struct {
	FileName string
	Url      string
}

// Message stands in for crawler.Message.
type Message struct {
	Author      string
	AuthorEmail string
	Content     string
	Time        int
	Files       []File
}

// Conversation stands in for crawler.Conversation.
type Conversation struct {
	Title string
	Id    string
	Time  int
}

// NewGoogleGroup stands in for crawler.NewGoogleGroup.
func NewGoogleGroup(groupName string, cookie ...string) GoogleGroup {
	g := GoogleGroup{GroupName: groupName}
	if len(cookie) > 0 {
		g.Cookie = cookie[0]
	}
	return g
}

// GetAllConversations stands in for (GoogleGroup).GetAllConversations.
func (g GoogleGroup) GetAllConversations(client http.Client) []Conversation { return nil }

// GetAllMessages stands in for (Conversation).GetAllMessages.
func (c Conversation) GetAllMessages(client http.Client, removeGmailQuote bool) []Message {
	return nil
}
