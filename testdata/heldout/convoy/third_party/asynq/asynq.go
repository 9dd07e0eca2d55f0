// Package asynq is a stand-in for github.com/hibiken/asynq (Task.Payload).
package asynq

type Task struct {
	typename string
	payload  []byte
}

func NewTask(typename string, payload []byte) *Task {
	return &Task{typename: typename, payload: payload}
}

func (t *Task) Type() string    { return t.typename }
func (t *Task) Payload() []byte { return t.payload }
