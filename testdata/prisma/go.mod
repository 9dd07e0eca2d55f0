module example.com/prismacases

go 1.24

require (
	github.com/joho/godotenv v1.5.1
	github.com/shopspring/decimal v1.4.0
	github.com/steebchen/prisma-client-go v0.47.0
)

require go.mongodb.org/mongo-driver/v2 v2.0.1 // indirect
