package pgengine

// Chain structure used to represent tasks chains
type Chain struct {
	ChainID            int    `db:"chain_id" yaml:"-"`
	ChainName          string `db:"chain_name" yaml:"name"`
	SelfDestruct       bool   `db:"self_destruct" yaml:"self_destruct,omitempty"`
	ExclusiveExecution bool   `db:"exclusive_execution" yaml:"exclusive,omitempty"`
	MaxInstances       int    `db:"max_instances" yaml:"max_instances,omitempty"`
	Timeout            int    `db:"timeout" yaml:"timeout,omitempty"`
	OnError            string `db:"on_error" yaml:"on_error,omitempty"`
}

// ChainTask structure describes each chain task
// (trimmed: StartedAt, Vxid)
type ChainTask struct {
	ChainID       int    `db:"-" yaml:"-"`
	TaskID        int    `db:"task_id" yaml:"-"`
	TaskName      string `db:"task_name" yaml:"-"`
	Command       string `db:"command" yaml:"command"`
	Kind          string `db:"kind" yaml:"kind,omitempty"`
	RunAs         string `db:"run_as" yaml:"run_as,omitempty"`
	IgnoreError   bool   `db:"ignore_error" yaml:"ignore_error,omitempty"`
	Autonomous    bool   `db:"autonomous" yaml:"autonomous,omitempty"`
	ConnectString string `db:"database_connection" yaml:"connect_string,omitempty"`
	Timeout       int    `db:"timeout" yaml:"timeout,omitempty"` // in milliseconds
}
