package server

import (
	"encoding/json"
	"fmt"
	"io"

	"example.com/heldout/results/pkg/api/server/db"
	"example.com/heldout/results/pkg/api/server/v1alpha2/log"
	"example.com/heldout/results/pkg/api/server/v1alpha2/record"
	pb "example.com/heldout/results/third_party/results_go_proto"
	"example.com/heldout/results/third_party/timestamppb"
)

// logStatus stands for the Status of upstream v1alpha3.Log.
type logStatus struct {
	Size            int64  `json:"size"`
	IsStored        bool   `json:"isStored"`
	ErrorOnStoreMsg string `json:"errorOnStoreMsg"`
}

// UpdateLog updates log record content (the blob stream is dropped; the
// record lookup and the final UpdateRecord are as upstream).
func (s *Server) UpdateLog(srv pb.Logs_UpdateLogServer) error {
	var name, parent, resultName, recordName string
	var bytesWritten int64
	var rec *db.Record
	for {
		recv, err := srv.Recv()
		// If we reach the end of the srv, we receive an io.EOF error
		if err != nil {
			return s.handleReturn(srv, rec, bytesWritten, err)
		}
		// Ensure that we are receiving logs for the same record
		if name == "" {
			name = recv.GetName()
			parent, resultName, recordName, err = log.ParseName(name)
			if err != nil {
				return s.handleReturn(srv, rec, bytesWritten, err)
			}
		}
		if name != recv.GetName() {
			err = fmt.Errorf("cannot put logs for multiple records in the same server")
			return s.handleReturn(srv, rec, bytesWritten, err)
		}

		if rec == nil {
			rec, err = getRecord(s.db.WithContext(srv.Context()), parent, resultName, recordName) // safe: not-found ends the stream with NotFound; the found log record is only updated (handleReturn -> UpdateRecord -> tx.Save on its primary key)
			if err != nil {
				return s.handleReturn(srv, rec, bytesWritten, err)
			}
		}

		bytesWritten += int64(len(recv.GetData()))
	}
}

func (s *Server) handleReturn(srv pb.Logs_UpdateLogServer, rec *db.Record, written int64, returnErr error) error {
	// If no database record, return the original error
	if rec == nil {
		return returnErr
	}
	apiRec := record.ToAPI(rec)
	apiRec.UpdateTime = timestamppb.Now()
	st := logStatus{Size: written, IsStored: returnErr == io.EOF}
	if returnErr != nil && returnErr != io.EOF {
		st.ErrorOnStoreMsg = returnErr.Error()
	}
	data, err := json.Marshal(st)
	if err != nil {
		return err
	}
	apiRec.Data = &pb.Any{
		Type:  rec.Type,
		Value: data,
	}

	_, err = s.UpdateRecord(srv.Context(), &pb.UpdateRecordRequest{
		Record: apiRec,
		Etag:   rec.Etag,
	})
	if err != nil {
		return err
	}
	if returnErr == io.EOF {
		return nil
	}
	return returnErr
}
