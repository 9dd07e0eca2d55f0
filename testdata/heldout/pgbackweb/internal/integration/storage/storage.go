// Package storage is trimmed: upstream talks to S3 (aws-sdk-go-v2) and the
// local file system (internal/integration/storage).
package storage

type Client struct{}

func New() *Client {
	return &Client{}
}

func (Client) S3Test(
	accessKey, secretKey, region, endpoint, bucketName string,
) error {
	return nil
}

func (Client) S3Delete(
	accessKey, secretKey, region, endpoint, bucketName, key string,
) error {
	return nil
}

func (Client) LocalDelete(relativeFilePath string) error {
	return nil
}
