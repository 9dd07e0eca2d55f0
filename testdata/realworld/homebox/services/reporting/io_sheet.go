// Package reporting reproduces sysadminsmedia/homebox 8222a88de7b4 backend/internal/core/services/reporting.
package reporting

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"
)

// ExportCSVRow is core/services/reporting/io_row.go:16 (trimmed).
type ExportCSVRow struct {
	ImportRef       string   `csv:"HB.import_ref"`
	ParentImportRef string   `csv:"HB.parent_import_ref"`
	Name            string   `csv:"HB.name"`
	Description     string   `csv:"HB.description"`
	Location        []string `csv:"HB.location"`
	TagStr          []string `csv:"HB.tags"`
}

// IOSheet is core/services/reporting/io_sheet.go:24.
type IOSheet struct {
	Rows []ExportCSVRow
}

// Read is core/services/reporting/io_sheet.go (column mapping simplified:
// import_ref, name, description, location "a/b", tags "x;y").
func (s *IOSheet) Read(data io.Reader) error {
	records, err := csv.NewReader(data).ReadAll()
	if err != nil {
		return err
	}
	if len(records) == 0 {
		return errors.New("empty csv")
	}
	for _, rec := range records[1:] {
		if len(rec) < 5 {
			continue
		}
		row := ExportCSVRow{ImportRef: rec[0], Name: rec[1], Description: rec[2]}
		if rec[3] != "" {
			row.Location = strings.Split(rec[3], "/")
		}
		if rec[4] != "" {
			row.TagStr = strings.Split(rec[4], ";")
		}
		s.Rows = append(s.Rows, row)
	}
	return nil
}
