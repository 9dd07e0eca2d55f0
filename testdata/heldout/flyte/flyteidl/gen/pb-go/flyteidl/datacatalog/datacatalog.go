// Package datacatalog is a trimmed, hand-written reproduction of the generated
// flyteidl datacatalog protobuf types (project code).
package datacatalog

import "time"

// Duration stands in for google.protobuf.Duration (durationpb).
type Duration struct{ D time.Duration }

func (x *Duration) AsDuration() time.Duration {
	if x != nil {
		return x.D
	}
	return 0
}

type DatasetID struct {
	Project string
	Name    string
	Domain  string
	Version string
	UUID    string
}

func (x *DatasetID) GetProject() string {
	if x != nil {
		return x.Project
	}
	return ""
}
func (x *DatasetID) GetName() string {
	if x != nil {
		return x.Name
	}
	return ""
}
func (x *DatasetID) GetDomain() string {
	if x != nil {
		return x.Domain
	}
	return ""
}
func (x *DatasetID) GetVersion() string {
	if x != nil {
		return x.Version
	}
	return ""
}

type ArtifactData struct {
	Name  string
	Value []byte
}

func (x *ArtifactData) GetName() string {
	if x != nil {
		return x.Name
	}
	return ""
}

type Partition struct {
	Key   string
	Value string
}

type Metadata struct {
	KeyMap map[string]string
}

type Artifact struct {
	Id         string
	Dataset    *DatasetID
	Data       []*ArtifactData
	Metadata   *Metadata
	Partitions []*Partition
}

func (x *Artifact) GetId() string {
	if x != nil {
		return x.Id
	}
	return ""
}
func (x *Artifact) GetDataset() *DatasetID {
	if x != nil {
		return x.Dataset
	}
	return nil
}
func (x *Artifact) GetData() []*ArtifactData {
	if x != nil {
		return x.Data
	}
	return nil
}
func (x *Artifact) GetMetadata() *Metadata {
	if x != nil {
		return x.Metadata
	}
	return nil
}
func (x *Artifact) GetPartitions() []*Partition {
	if x != nil {
		return x.Partitions
	}
	return nil
}

type Tag struct {
	Name       string
	ArtifactId string
	Dataset    *DatasetID
}

func (x *Tag) GetName() string {
	if x != nil {
		return x.Name
	}
	return ""
}
func (x *Tag) GetArtifactId() string {
	if x != nil {
		return x.ArtifactId
	}
	return ""
}
func (x *Tag) GetDataset() *DatasetID {
	if x != nil {
		return x.Dataset
	}
	return nil
}

type ReservationID struct {
	DatasetId *DatasetID
	TagName   string
}

func (x *ReservationID) GetDatasetId() *DatasetID {
	if x != nil {
		return x.DatasetId
	}
	return nil
}
func (x *ReservationID) GetTagName() string {
	if x != nil {
		return x.TagName
	}
	return ""
}

type Reservation struct {
	ReservationId     *ReservationID
	OwnerId           string
	HeartbeatInterval *Duration
	ExpiresAt         time.Time
}

type CreateArtifactRequest struct{ Artifact *Artifact }

func (x *CreateArtifactRequest) GetArtifact() *Artifact {
	if x != nil {
		return x.Artifact
	}
	return nil
}

type CreateArtifactResponse struct{}

type UpdateArtifactRequest struct {
	Dataset    *DatasetID
	ArtifactId string
	TagName    string
	Data       []*ArtifactData
	Metadata   *Metadata
}

func (x *UpdateArtifactRequest) GetDataset() *DatasetID {
	if x != nil {
		return x.Dataset
	}
	return nil
}
func (x *UpdateArtifactRequest) GetArtifactId() string {
	if x != nil {
		return x.ArtifactId
	}
	return ""
}
func (x *UpdateArtifactRequest) GetTagName() string {
	if x != nil {
		return x.TagName
	}
	return ""
}
func (x *UpdateArtifactRequest) GetData() []*ArtifactData {
	if x != nil {
		return x.Data
	}
	return nil
}
func (x *UpdateArtifactRequest) GetMetadata() *Metadata {
	if x != nil {
		return x.Metadata
	}
	return nil
}

type UpdateArtifactResponse struct{ ArtifactId string }

type AddTagRequest struct{ Tag *Tag }

func (x *AddTagRequest) GetTag() *Tag {
	if x != nil {
		return x.Tag
	}
	return nil
}

type AddTagResponse struct{}

type GetOrExtendReservationRequest struct {
	ReservationId     *ReservationID
	OwnerId           string
	HeartbeatInterval *Duration
}

func (x *GetOrExtendReservationRequest) GetReservationId() *ReservationID {
	if x != nil {
		return x.ReservationId
	}
	return nil
}
func (x *GetOrExtendReservationRequest) GetOwnerId() string {
	if x != nil {
		return x.OwnerId
	}
	return ""
}
func (x *GetOrExtendReservationRequest) GetHeartbeatInterval() *Duration {
	if x != nil {
		return x.HeartbeatInterval
	}
	return nil
}

type GetOrExtendReservationResponse struct{ Reservation *Reservation }
