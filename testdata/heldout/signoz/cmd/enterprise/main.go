// Command enterprise wires, trimmed, what github.com/SigNoz/signoz/cmd/enterprise
// and pkg/signoz (modules.go, handlers.go) and pkg/apiserver/signozapiserver
// build: the SQL store, the modules and stores reproduced here, the HTTP
// routes of the catalogued entry points, and the start-up services. It only
// has to compile: the bun dialect (pgdialect) is not in the held-out module.
package main

import (
	"context"
	"database/sql"
	"log"
	"net/http"

	eeopenfgaauthz "example.com/heldout/signoz/ee/authz/openfgaauthz"
	eeimplcloudintegration "example.com/heldout/signoz/ee/modules/cloudintegration/implcloudintegration"
	eeimpldashboard "example.com/heldout/signoz/ee/modules/dashboard/impldashboard"
	"example.com/heldout/signoz/ee/sqlstore/postgressqlstore"
	"example.com/heldout/signoz/pkg/alertmanager"
	"example.com/heldout/signoz/pkg/alertmanager/alertmanagerstore/sqlalertmanagerstore"
	"example.com/heldout/signoz/pkg/authz/authzstore/sqlauthzstore"
	"example.com/heldout/signoz/pkg/authz/openfgaauthz"
	"example.com/heldout/signoz/pkg/authz/signozauthzapi"
	"example.com/heldout/signoz/pkg/licensing"
	"example.com/heldout/signoz/pkg/modules/cloudintegration"
	"example.com/heldout/signoz/pkg/modules/cloudintegration/implcloudintegration"
	"example.com/heldout/signoz/pkg/modules/dashboard/impldashboard"
	"example.com/heldout/signoz/pkg/modules/organization/implorganization"
	"example.com/heldout/signoz/pkg/modules/preference/implpreference"
	"example.com/heldout/signoz/pkg/modules/quickfilter/implquickfilter"
	"example.com/heldout/signoz/pkg/modules/serviceaccount"
	"example.com/heldout/signoz/pkg/modules/serviceaccount/implserviceaccount"
	"example.com/heldout/signoz/pkg/modules/session/implsession"
	"example.com/heldout/signoz/pkg/modules/tag/impltag"
	"example.com/heldout/signoz/pkg/modules/user"
	"example.com/heldout/signoz/pkg/modules/user/impluser"
	"example.com/heldout/signoz/pkg/query-service/app/integrations"
	"example.com/heldout/signoz/pkg/sqlstore"
	"example.com/heldout/signoz/pkg/types/cloudintegrationtypes"
	"example.com/heldout/signoz/pkg/types/preferencetypes"
	"example.com/heldout/signoz/pkg/types/quickfiltertypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type Deps struct {
	Licensing      licensing.Licensing
	CallbackAuthN  implsession.CallbackAuthNProvider
	CloudProviders map[cloudintegrationtypes.CloudProviderType]cloudintegration.CloudProviderModule
	Integrations   map[string]*integrations.IntegrationDetails
	UserConfig     user.Config
}

func NewServer(ctx context.Context, sqlStore sqlstore.SQLStore, deps Deps) (*http.ServeMux, []func(context.Context) error, error) {
	// authz
	roleStore := sqlauthzstore.NewSqlAuthzStore(sqlStore)
	authz := eeopenfgaauthz.New(openfgaauthz.New(roleStore), deps.Licensing, roleStore)

	// organizations (+ the per-org defaults written on create)
	alertmanagerService := alertmanager.New(sqlalertmanagerstore.NewConfigStore(sqlStore), func(ctx context.Context) ([]string, error) { return nil, nil })
	quickfilterModule := implquickfilter.NewModule(implquickfilter.NewStore(sqlStore))
	orgStore := implorganization.NewStore(sqlStore)
	orgGetter := implorganization.NewGetter(orgStore)
	orgSetter := implorganization.NewSetter(orgStore, alertmanagerService, quickfilterModule)

	// users
	userStore := impluser.NewStore(sqlStore)
	userRoleStore := impluser.NewUserRoleStore(sqlStore)
	userGetter := impluser.NewGetter(userStore, userRoleStore)
	userSetter := impluser.NewSetter(userStore, orgSetter, authz, deps.UserConfig, userRoleStore, userGetter)
	userHandler := impluser.NewHandler(userSetter, userGetter)
	userService := impluser.NewService(userStore, userGetter, userSetter, orgGetter, deps.UserConfig.Root)
	sessionHandler := implsession.NewHandler(implsession.NewModule(userSetter, deps.CallbackAuthN))

	// preferences
	preferenceHandler := implpreference.NewHandler(implpreference.NewModule(implpreference.NewStore(sqlStore), map[preferencetypes.Name]preferencetypes.Preference{}))

	// dashboards
	dashboardStore := impldashboard.NewStore(sqlStore)
	dashboardModule := eeimpldashboard.NewModule(impldashboard.NewModule(dashboardStore, impltag.NewModule(impltag.NewStore(sqlStore))), dashboardStore, deps.Licensing)
	dashboardHandler := impldashboard.NewHandler(dashboardModule)

	// service accounts and cloud integrations
	serviceAccountModule := implserviceaccount.NewModule(implserviceaccount.NewStore(sqlStore), authz, serviceaccount.Config{Email: serviceaccount.EmailConfig{Domain: "signozserviceaccount.com"}})
	cloudIntegrationModule, err := eeimplcloudintegration.NewModule(implcloudintegration.NewStore(sqlStore), dashboardModule, serviceAccountModule, deps.CloudProviders)
	if err != nil {
		return nil, nil, err
	}
	cloudIntegrationHandler := implcloudintegration.NewHandler(cloudIntegrationModule)

	// built-in integrations
	integrationsManager, err := integrations.NewManager(sqlStore, dashboardModule, deps.Integrations)
	if err != nil {
		return nil, nil, err
	}
	integrationsController := integrations.NewController(integrationsManager)

	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/v1/roles", signozauthzapi.NewHandler(authz).Create)
	mux.HandleFunc("POST /api/v2/users", userHandler.CreateUser)
	mux.HandleFunc("POST /api/v2/users/{id}/reset_password_tokens", userHandler.CreateResetPasswordToken)
	mux.HandleFunc("POST /api/v2/factor_password/forgot", userHandler.ForgotPassword)
	mux.HandleFunc("POST /api/v2/user_roles", userHandler.CreateUserRole)
	mux.HandleFunc("GET /api/v1/complete/oidc", sessionHandler.CreateSessionByOIDCCallback)
	mux.HandleFunc("PUT /api/v1/org/preferences/{name}", preferenceHandler.UpdateByOrg)
	mux.HandleFunc("PUT /api/v1/user/preferences/{name}", preferenceHandler.UpdateByUser)
	mux.HandleFunc("POST /api/v1/dashboards/{id}/public", dashboardHandler.CreatePublic)
	mux.HandleFunc("PUT /api/v2/users/me/dashboards/{id}/pins", dashboardHandler.PinV2)
	mux.HandleFunc("GET /api/v1/cloud_integrations/{cloud_provider}/credentials", cloudIntegrationHandler.GetConnectionCredentials)
	mux.HandleFunc("PUT /api/v1/cloud_integrations/{cloud_provider}/accounts/{id}/services/{service_id}", cloudIntegrationHandler.UpdateService)

	mux.HandleFunc("POST /api/v1/integrations/install", func(rw http.ResponseWriter, r *http.Request) {
		// APIHandler.InstallIntegration, pkg/query-service/app/http_handler.go:3002 (body decoding and claims trimmed)
		_ = integrationsController.Install(r.Context(), r.Header.Get("X-Org-Id"), &integrations.InstallIntegrationRequest{IntegrationId: r.URL.Query().Get("integration_id")}, "", valuer.UUID{})
	})
	mux.HandleFunc("PUT /api/v1/orgs/me/filters", func(rw http.ResponseWriter, r *http.Request) {
		// quickfilter handler.UpdateQuickFilters (body decoding and claims trimmed)
		_ = quickfilterModule.UpdateQuickFilters(r.Context(), valuer.UUID{}, quickfiltertypes.SignalLogs, nil)
	})

	services := []func(context.Context) error{userService.Start, alertmanagerService.SyncServers}
	return mux, services, nil
}

func main() {
	ctx := context.Background()
	sqldb, err := sql.Open("pgx", "postgres://localhost/signoz")
	if err != nil {
		log.Fatal(err)
	}
	sqlStore, err := postgressqlstore.New(ctx, sqldb, nil)
	if err != nil {
		log.Fatal(err)
	}
	mux, services, err := NewServer(ctx, sqlStore, Deps{})
	if err != nil {
		log.Fatal(err)
	}
	for _, start := range services {
		go func() { _ = start(ctx) }()
	}
	log.Fatal(http.ListenAndServe(":8080", mux))
}
