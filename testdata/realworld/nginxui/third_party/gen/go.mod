module gorm.io/gen

go 1.25

require gorm.io/gorm v1.31.2
