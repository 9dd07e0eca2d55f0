package services

import "context"

// resolveUploadChannel reproduces pkg/services/upload_staging.go:38: when the
// current channel is full (AutoChannelCreate), roll over to a new one.
// Called by UploadsUpload -> newUploadStager (:54) for every uploaded part.
func (a *apiService) resolveUploadChannel(ctx context.Context, userID, requestedChannelID int64) (int64, error) {
	if requestedChannelID != 0 {
		return requestedChannelID, nil
	}

	channelID, err := a.channelManager.CurrentChannel(ctx, userID) // safe: finds the selected channel; a new one is made only when it is full, and the duplicate check of that creation is inside CreateNewChannel (R5)
	if err == nil && (!a.autoChannelCreat || !a.channelManager.ChannelLimitReached(channelID)) {
		return channelID, nil
	}
	if err != nil && !IsNoDefaultChannelError(err) {
		return 0, err
	}

	return a.channelManager.CreateNewChannel(ctx, "", userID, true)
}
