// Package card is a trimmed copy of github.com/drone/drone/handler/api/card
// (create.go: HandleCreate).
package card

import (
	"bytes"
	"encoding/json"
	"io/ioutil"
	"net/http"
	"strconv"

	"example.com/heldout/drone/core"
	"example.com/heldout/drone/handler/api/render"
	"example.com/heldout/drone/pkg/chi"
)

// HandleCreate returns an http.HandlerFunc that processes http
// requests to create a new card.
func HandleCreate(
	buildStore core.BuildStore,
	cardStore core.CardStore,
	stageStore core.StageStore,
	stepStore core.StepStore,
	repoStore core.RepositoryStore,
) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var (
			namespace = chi.URLParam(r, "owner")
			name      = chi.URLParam(r, "name")
		)

		buildNumber, err := strconv.ParseInt(chi.URLParam(r, "build"), 10, 64)
		if err != nil {
			render.BadRequest(w, err)
			return
		}

		stageNumber, err := strconv.Atoi(chi.URLParam(r, "stage"))
		if err != nil {
			render.BadRequest(w, err)
			return
		}

		stepNumber, err := strconv.Atoi(chi.URLParam(r, "step"))
		if err != nil {
			render.BadRequest(w, err)
			return
		}

		in := new(core.CardInput)
		err = json.NewDecoder(r.Body).Decode(in)
		if err != nil {
			render.BadRequest(w, err)
			return
		}

		repo, err := repoStore.FindName(r.Context(), namespace, name)
		if err != nil {
			render.NotFound(w, err)
			return
		}
		build, err := buildStore.FindNumber(r.Context(), repo.ID, buildNumber)
		if err != nil {
			render.NotFound(w, err)
			return
		}
		stage, err := stageStore.FindNumber(r.Context(), build.ID, stageNumber)
		if err != nil {
			render.NotFound(w, err)
			return
		}
		// the step (parent) must exist, a missing step is a 404; the card is
		// then inserted with card_id = step.ID without looking for an existing
		// card, so a second POST fails on the cards primary key whether or not
		// it runs concurrently (plain insert, no found path).
		step, err := stepStore.FindNumber(r.Context(), stage.ID, stepNumber) // safe: the lookup is of the parent step and a miss returns 404; the card insert has no lookup and no found path
		if err != nil {
			render.NotFound(w, err)
			return
		}

		data := ioutil.NopCloser(
			bytes.NewBuffer(in.Data),
		)

		/// create card
		err = cardStore.Create(r.Context(), step.ID, data)
		if err != nil {
			render.InternalError(w, err)
			return
		}

		// add schema
		step.Schema = in.Schema
		err = stepStore.Update(r.Context(), step)
		if err != nil {
			render.InternalError(w, err)
			return
		}
		render.JSON(w, step.ID, 200)
	}
}
