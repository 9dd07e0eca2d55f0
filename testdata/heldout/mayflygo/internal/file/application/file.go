package application

import (
	"context"
	"io"
	"os"
	"path/filepath"

	"example.com/heldout/mayflygo/internal/file/domain/entity"
	"example.com/heldout/mayflygo/internal/file/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
	"example.com/heldout/mayflygo/pkg/utils/stringx"
)

// server/internal/file/application/file.go
type File interface {
	base.App[*entity.File]

	// Upload 上传文件
	Upload(ctx context.Context, fileKey string, filename string, r io.Reader) (string, error)

	// NewWriter 创建文件writer
	NewWriter(ctx context.Context, canEmptyFileKey string, filename string) (fileKey string, writer io.Writer, closeFunc func(*error) error, err error)
}

type fileAppImpl struct {
	base.AppImpl[*entity.File, repository.File]
}

// Upload (file.go:73): POST /sys/files/upload?fileKey=... (api/file.go:60 passes
// the client's fileKey query parameter).
func (f *fileAppImpl) Upload(ctx context.Context, fileKey string, filename string, r io.Reader) (string, error) {
	var err error
	fileKey, writer, closeFunc, err := f.NewWriter(ctx, fileKey, filename)
	if err != nil {
		return fileKey, err
	}
	defer closeFunc(&err)

	if _, err = io.Copy(writer, r); err != nil {
		return fileKey, err
	}
	return fileKey, nil
}

// NewWriter (file.go:87)
func (f *fileAppImpl) NewWriter(ctx context.Context, canEmptyFileKey string, filename string) (fileKey string, writer io.Writer, closeFunc func(*error) error, err error) {
	isNewFile := true
	file := &entity.File{}

	if canEmptyFileKey == "" {
		canEmptyFileKey = stringx.RandUUID()
		file.FileKey = canEmptyFileKey
	} else {
		file.FileKey = canEmptyFileKey
		// a given key is looked up; when missing, file keeps id 0 and f.Save in
		// closeFunc inserts: two concurrent uploads with one new key both insert.
		if err := f.GetByCond(file); err == nil { // race; no unique key: t_sys_file.file_key has no index tag (entity/file.go); mayfly-go.sql:924 KEY idx_file_key is non-unique
			isNewFile = false
		}
	}
	file.Filename = filename

	if !isNewFile {
		// 先删除旧文件
		f.remove(ctx, file)
	}

	// 生成新的文件名
	newFilename := canEmptyFileKey + filepath.Ext(filename)
	fp, w, err := f.newWriter(newFilename)
	if err != nil {
		return "", nil, nil, err
	}
	file.Path = fp

	fileKey = canEmptyFileKey
	// 创建回调函数 (trimmed: counting writer)
	closeFunc = func(e *error) error {
		w.Close()

		if e != nil {
			err := *e
			if err != nil {
				// 删除已经创建的文件
				f.remove(ctx, file)
				return err
			}
		}

		// 保存文件信息
		return f.Save(ctx, file)
	}

	return fileKey, w, closeFunc, nil
}

func (f *fileAppImpl) newWriter(filename string) (string, io.WriteCloser, error) {
	filePath := filepath.Join(os.TempDir(), filename)
	out, err := os.OpenFile(filePath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0766)
	if err != nil {
		return "", nil, err
	}
	return filePath, out, nil
}

func (f *fileAppImpl) remove(ctx context.Context, file *entity.File) error {
	return os.Remove(file.Path)
}
