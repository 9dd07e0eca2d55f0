// Package backend is a stand-in for github.com/vmihailenco/taskq/v4/backend.
package backend

import "errors"

var ErrTaskNameRequired = errors.New("taskq: Message.TaskName is required")
