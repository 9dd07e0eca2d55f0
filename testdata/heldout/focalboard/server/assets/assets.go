// Package assets reproduces github.com/mattermost/focalboard/server/assets:
// upstream embeds templates.boardarchive (a zip); here it is empty.
package assets

var DefaultTemplatesArchive []byte
