package repository

import "example.com/heldout/webook/internal/user/internal/repository/dao"

var ErrUserNotFound = dao.ErrDataNotFound
