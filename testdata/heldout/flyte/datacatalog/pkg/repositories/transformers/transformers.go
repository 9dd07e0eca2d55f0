// Package transformers reproduces (trimmed) datacatalog/pkg/repositories/transformers.
package transformers

import (
	"encoding/json"
	"time"

	"example.com/heldout/flyte/datacatalog/pkg/repositories/models"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/datacatalog"
)

func FromDatasetID(datasetID *datacatalog.DatasetID) models.DatasetKey {
	return models.DatasetKey{
		Project: datasetID.GetProject(),
		Domain:  datasetID.GetDomain(),
		Name:    datasetID.GetName(),
		Version: datasetID.GetVersion(),
	}
}

func ToArtifactKey(datasetID *datacatalog.DatasetID, artifactID string) models.ArtifactKey {
	return models.ArtifactKey{
		DatasetProject: datasetID.GetProject(),
		DatasetDomain:  datasetID.GetDomain(),
		DatasetName:    datasetID.GetName(),
		DatasetVersion: datasetID.GetVersion(),
		ArtifactID:     artifactID,
	}
}

func ToTagKey(datasetID *datacatalog.DatasetID, tagName string) models.TagKey {
	return models.TagKey{
		DatasetProject: datasetID.GetProject(),
		DatasetDomain:  datasetID.GetDomain(),
		DatasetName:    datasetID.GetName(),
		DatasetVersion: datasetID.GetVersion(),
		TagName:        tagName,
	}
}

func SerializedMetadata(metadata *datacatalog.Metadata) ([]byte, error) {
	return json.Marshal(metadata)
}

func CreateArtifactModel(request *datacatalog.CreateArtifactRequest, artifactData []models.ArtifactData, dataset models.Dataset) (models.Artifact, error) {
	datasetID := request.GetArtifact().GetDataset()

	serializedMetadata, err := SerializedMetadata(request.GetArtifact().GetMetadata())
	if err != nil {
		return models.Artifact{}, err
	}

	partitions := make([]models.Partition, len(request.GetArtifact().GetPartitions()))
	for i, partition := range request.GetArtifact().GetPartitions() {
		partitions[i] = models.Partition{
			DatasetUUID: dataset.UUID,
			Key:         partition.Key,
			Value:       partition.Value,
		}
	}

	return models.Artifact{
		ArtifactKey: models.ArtifactKey{
			DatasetProject: datasetID.GetProject(),
			DatasetDomain:  datasetID.GetDomain(),
			DatasetName:    datasetID.GetName(),
			DatasetVersion: datasetID.GetVersion(),
			ArtifactID:     request.GetArtifact().GetId(),
		},
		DatasetUUID:        dataset.UUID,
		ArtifactData:       artifactData,
		SerializedMetadata: serializedMetadata,
		Partitions:         partitions,
	}, nil
}

func FromArtifactModel(artifact models.Artifact) (*datacatalog.Artifact, error) {
	return &datacatalog.Artifact{
		Id: artifact.ArtifactID,
		Dataset: &datacatalog.DatasetID{
			Project: artifact.DatasetProject,
			Domain:  artifact.DatasetDomain,
			Name:    artifact.DatasetName,
			Version: artifact.DatasetVersion,
			UUID:    artifact.DatasetUUID,
		},
	}, nil
}

func FromReservationID(reservationID *datacatalog.ReservationID) models.ReservationKey {
	datasetID := reservationID.GetDatasetId()

	return models.ReservationKey{
		DatasetProject: datasetID.GetProject(),
		DatasetDomain:  datasetID.GetDomain(),
		DatasetName:    datasetID.GetName(),
		DatasetVersion: datasetID.GetVersion(),
		TagName:        reservationID.GetTagName(),
	}
}

func CreateReservation(reservation *models.Reservation, heartbeatInterval time.Duration) (datacatalog.Reservation, error) {
	reservationID := datacatalog.ReservationID{
		DatasetId: &datacatalog.DatasetID{
			Project: reservation.DatasetProject,
			Domain:  reservation.DatasetDomain,
			Name:    reservation.DatasetName,
			Version: reservation.DatasetVersion,
		},
		TagName: reservation.TagName,
	}

	return datacatalog.Reservation{
		ReservationId:     &reservationID,
		OwnerId:           reservation.OwnerID,
		HeartbeatInterval: &datacatalog.Duration{D: heartbeatInterval},
		ExpiresAt:         reservation.ExpiresAt,
	}, nil
}
