// Package tools reproduces eryajf/go-ldap-admin 9e621c8a80b8 public/tools (pinyin, mail and gin helpers dropped).
package tools

// H is a shortcut for map[string]interface{}
type H map[string]interface{}
