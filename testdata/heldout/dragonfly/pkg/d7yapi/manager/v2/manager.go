// Package manager is a stand-in for d7y.io/api/v2/pkg/apis/manager/v2 (the
// generated protobuf/gRPC types of the manager API, imported upstream as
// managerv2): only the messages and getters the reproduced handlers use.
// Optional proto3 fields (idc, location) are pointers, as generated.
package manager

// SourceType mirrors managerv2.SourceType.
type SourceType int32

const (
	SourceType_SCHEDULER_SOURCE SourceType = 0
	SourceType_PEER_SOURCE      SourceType = 1
	SourceType_SEED_PEER_SOURCE SourceType = 2
)

// Enum mirrors the generated Enum method.
func (x SourceType) Enum() *SourceType { p := new(SourceType); *p = x; return p }

// String mirrors the generated String method.
func (x SourceType) String() string {
	switch x {
	case SourceType_SCHEDULER_SOURCE:
		return "SCHEDULER_SOURCE"
	case SourceType_PEER_SOURCE:
		return "PEER_SOURCE"
	case SourceType_SEED_PEER_SOURCE:
		return "SEED_PEER_SOURCE"
	}
	return "UNKNOWN"
}

// SeedPeer mirrors managerv2.SeedPeer.
type SeedPeer struct {
	Id                uint64
	Type              string
	Hostname          string
	Idc               *string
	Location          *string
	Ip                string
	Port              int32
	DownloadPort      int32
	State             string
	SeedPeerClusterId uint64
}

// UpdateSeedPeerRequest mirrors managerv2.UpdateSeedPeerRequest.
type UpdateSeedPeerRequest struct {
	SourceType        SourceType
	Hostname          string
	Type              string
	Idc               *string
	Location          *string
	Ip                string
	Port              int32
	DownloadPort      int32
	SeedPeerClusterId uint64
}

func (x *UpdateSeedPeerRequest) GetHostname() string { return x.Hostname }
func (x *UpdateSeedPeerRequest) GetType() string     { return x.Type }
func (x *UpdateSeedPeerRequest) GetIdc() string {
	if x.Idc != nil {
		return *x.Idc
	}
	return ""
}
func (x *UpdateSeedPeerRequest) GetLocation() string {
	if x.Location != nil {
		return *x.Location
	}
	return ""
}
func (x *UpdateSeedPeerRequest) GetIp() string                { return x.Ip }
func (x *UpdateSeedPeerRequest) GetPort() int32               { return x.Port }
func (x *UpdateSeedPeerRequest) GetDownloadPort() int32       { return x.DownloadPort }
func (x *UpdateSeedPeerRequest) GetSeedPeerClusterId() uint64 { return x.SeedPeerClusterId }

// Scheduler mirrors managerv2.Scheduler.
type Scheduler struct {
	Id                 uint64
	Hostname           string
	Idc                *string
	Location           *string
	Ip                 string
	Port               int32
	State              string
	SchedulerClusterId uint64
	Features           []byte
}

// UpdateSchedulerRequest mirrors managerv2.UpdateSchedulerRequest.
type UpdateSchedulerRequest struct {
	SourceType         SourceType
	Hostname           string
	SchedulerClusterId uint64
	Idc                *string
	Location           *string
	Ip                 string
	Port               int32
	Features           []string
}

func (x *UpdateSchedulerRequest) GetHostname() string           { return x.Hostname }
func (x *UpdateSchedulerRequest) GetSchedulerClusterId() uint64 { return x.SchedulerClusterId }
func (x *UpdateSchedulerRequest) GetIdc() string {
	if x.Idc != nil {
		return *x.Idc
	}
	return ""
}
func (x *UpdateSchedulerRequest) GetLocation() string {
	if x.Location != nil {
		return *x.Location
	}
	return ""
}
func (x *UpdateSchedulerRequest) GetIp() string         { return x.Ip }
func (x *UpdateSchedulerRequest) GetPort() int32        { return x.Port }
func (x *UpdateSchedulerRequest) GetFeatures() []string { return x.Features }

// KeepAliveRequest mirrors managerv2.KeepAliveRequest.
type KeepAliveRequest struct {
	SourceType SourceType
	Hostname   string
	ClusterId  uint64
	Ip         string
}

// Manager_KeepAliveServer mirrors the generated client-streaming server.
type Manager_KeepAliveServer interface {
	Recv() (*KeepAliveRequest, error)
}
