// Package plugin is a stand-in for Answer's plugin package (github.com/apache/incubator-answer/plugin).
package plugin

// RankAgentEnabled reports whether a user-center plugin manages ranks (none here).
func RankAgentEnabled() bool { return false }
