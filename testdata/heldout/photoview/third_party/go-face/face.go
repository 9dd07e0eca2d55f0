// Package face is a stand-in for github.com/Kagami/go-face (API subset only).
package face

import "image"

// Descriptor mirrors face.Descriptor.
type Descriptor [128]float32

// Face mirrors face.Face.
type Face struct {
	Rectangle  image.Rectangle
	Descriptor Descriptor
}

// Recognizer mirrors face.Recognizer.
type Recognizer struct {
	samples []Descriptor
	cats    []int32
}

// RecognizeFile mirrors (*face.Recognizer).RecognizeFile.
func (r *Recognizer) RecognizeFile(imgPath string) ([]Face, error) { return nil, nil }

// ClassifyThreshold mirrors (*face.Recognizer).ClassifyThreshold: -1 when no
// stored sample is within the threshold.
func (r *Recognizer) ClassifyThreshold(testSample Descriptor, tolerance float32) int {
	for i, s := range r.samples {
		if s == testSample {
			return int(r.cats[i])
		}
	}
	return -1
}

// SetSamples mirrors (*face.Recognizer).SetSamples.
func (r *Recognizer) SetSamples(samples []Descriptor, cats []int32) {
	r.samples, r.cats = samples, cats
}
