package models

import (
	"bytes"
	"database/sql/driver"
	"encoding/binary"
	"fmt"
)

// FaceGroup is api/graphql/models/face_detection.go:16.
type FaceGroup struct {
	Model
	Label      *string
	ImageFaces []ImageFace `gorm:"constraint:OnDelete:CASCADE;"`
}

// ImageFace is api/graphql/models/face_detection.go:22 (only plain indexes).
type ImageFace struct {
	Model
	FaceGroupID int `gorm:"not null;index"`
	FaceGroup   *FaceGroup
	MediaID     int            `gorm:"not null;index"`
	Media       Media          `gorm:"constraint:OnDelete:CASCADE;"`
	Descriptor  FaceDescriptor `gorm:"not null"`
	Rectangle   FaceRectangle  `gorm:"not null"`
}

// FaceDescriptor is api/graphql/models/face_detection.go:45.
type FaceDescriptor [128]float32 // same as go-face's Descriptor

// Value is api/graphql/models/face_detection.go:67.
func (fd FaceDescriptor) Value() (driver.Value, error) {
	buf := new(bytes.Buffer)
	if err := binary.Write(buf, binary.LittleEndian, fd); err != nil {
		return nil, err
	}

	return buf.Bytes(), nil
}

// FaceRectangle is api/graphql/models/face_detection.go:77.
type FaceRectangle struct {
	MinX, MaxX float64
	MinY, MaxY float64
}

// Value is api/graphql/models/face_detection.go:127.
func (fr FaceRectangle) Value() (driver.Value, error) {
	result := fmt.Sprintf("%f:%f:%f:%f", fr.MinX, fr.MaxX, fr.MinY, fr.MaxY)
	return result, nil
}
