package wrapcase

// Lookups before the check (issue 9): a handler that loads a record, then
// decides on every path to its answer whether the user may see it, has
// authorisation on its path; the load is the lookup the check needs.

import (
	"errors"
	"net/http"
	"strconv"

	"store"
	"webrouter"
)

var errNotExist = errors.New("not found")

type Attachment struct {
	UploaderID int64
	RepoID     int64
	Linked     bool
}

// getAttachment loads an attachment by its UUID.
func getAttachment(ctx *webrouter.Context, st *store.Store, uuid string) (*Attachment, error) { // want getAttachment:"touches"
	if err := st.Patient(ctx.Req.Context(), uuid).Err(); err != nil {
		return nil, err
	}
	return &Attachment{}, nil
}

// serveAttachment (gitea's repo.ServeAttachment): an unlinked attachment
// only for its uploader, a linked one for readers of its repository. The
// two branches check differently; together they cover every path to the
// answer.
func (h *H) serveAttachment(ctx *webrouter.Context) {
	attach, err := getAttachment(ctx, h.st, ctx.Req.PathValue("uuid"))
	if err != nil {
		if errors.Is(err, errNotExist) {
			ctx.HTTPError(http.StatusNotFound)
		} else {
			ctx.ServerError("getAttachment", err)
		}
		return
	}
	if !attach.Linked {
		if !(ctx.IsSigned && attach.UploaderID == ctx.Doer.ID) {
			ctx.HTTPError(http.StatusNotFound)
			return
		}
	} else {
		if !ctx.Repo.CanReadUnit(1) {
			ctx.HTTPError(http.StatusNotFound)
			return
		}
	}
	_ = h.st.DeletePatient(ctx.Req.Context(), "count") // after the check
	ctx.JSON(http.StatusOK, attach)
}

// serveLoose checks only linked attachments: the unlinked path reaches
// the answer unchecked.
func (h *H) serveLoose(ctx *webrouter.Context) { // want serveLoose:"touches"
	attach, err := getAttachment(ctx, h.st, ctx.Req.PathValue("uuid"))
	if err != nil {
		ctx.HTTPError(http.StatusNotFound)
		return
	}
	if attach.Linked {
		if !ctx.Repo.CanReadUnit(1) {
			ctx.HTTPError(http.StatusNotFound)
			return
		}
	}
	ctx.JSON(http.StatusOK, attach)
}

// serveLogged checks, but a failed check only logs and carries on.
func (h *H) serveLogged(ctx *webrouter.Context) { // want serveLogged:"touches"
	attach, err := getAttachment(ctx, h.st, ctx.Req.PathValue("uuid"))
	if err != nil {
		ctx.HTTPError(http.StatusNotFound)
		return
	}
	if attach.UploaderID != ctx.Doer.ID {
		println("not the uploader")
	}
	ctx.JSON(http.StatusOK, attach)
}

// serveOwnerless compares the uploader with a request parameter, not with
// the principal: no ownership check.
func (h *H) serveOwnerless(ctx *webrouter.Context, uid int64) { // want serveOwnerless:"touches"
	attach, err := getAttachment(ctx, h.st, ctx.Req.PathValue("uuid"))
	if err != nil || attach.UploaderID != uid {
		ctx.HTTPError(http.StatusNotFound)
		return
	}
	ctx.JSON(http.StatusOK, attach)
}

// authenticateRepo decides from the Authorization header whether the
// request may use the repository.
func authenticateRepo(ctx *webrouter.Context, repo *Attachment, authorization string) bool {
	return authorization != "" && repo.RepoID > 0
}

// requireAuth always answers 401.
func requireAuth(ctx *webrouter.Context) {
	ctx.Resp.Header().Set("WWW-Authenticate", `Basic realm="x"`)
	ctx.HTTPError(http.StatusUnauthorized)
}

// getAuthenticatedRepo (gitea's lfs.getAuthenticatedRepository) loads the
// repository, then answers 401 through requireAuth when the credentials do
// not grant it; the handler exits when it returns nil.
func getAuthenticatedRepo(ctx *webrouter.Context, st *store.Store) *Attachment { // want getAuthenticatedRepo:"check"
	repo, err := getAttachment(ctx, st, ctx.Req.PathValue("repo"))
	if err != nil {
		ctx.HTTPError(http.StatusNotFound)
		return nil
	}
	if !authenticateRepo(ctx, repo, ctx.Req.Header.Get("Authorization")) {
		requireAuth(ctx)
		return nil
	}
	return repo
}

func (h *H) batch(ctx *webrouter.Context) { // want batch:"check"
	repo := getAuthenticatedRepo(ctx, h.st)
	if repo == nil {
		return
	}
	_ = h.st.DeletePatient(ctx.Req.Context(), ctx.Req.PathValue("oid"))
}

// batchUpload runs its upload in a closure that captures the repository:
// the variable lives in memory, and the check is on what was stored in it.
func (h *H) batchUpload(ctx *webrouter.Context) { // want batchUpload:"check"
	repo := getAuthenticatedRepo(ctx, h.st)
	if repo == nil {
		return
	}
	upload := func() error {
		return h.st.DeletePatient(ctx.Req.Context(), strconv.FormatInt(repo.RepoID, 10))
	}
	if err := upload(); err != nil {
		ctx.ServerError("upload", err)
	}
}

// getRepoLoose answers 401 through a helper only when the header is
// absent, and returns the repository to anyone who sends one.
func getRepoLoose(ctx *webrouter.Context, st *store.Store) *Attachment { // want getRepoLoose:"touches"
	repo, err := getAttachment(ctx, st, ctx.Req.PathValue("repo"))
	if err != nil {
		ctx.HTTPError(http.StatusNotFound)
		return nil
	}
	if ctx.Req.URL.Query().Get("x") == "" {
		if !authenticateRepo(ctx, repo, ctx.Req.Header.Get("Authorization")) {
			requireAuth(ctx)
			return nil
		}
	}
	return repo
}

func (h *H) batchLoose(ctx *webrouter.Context) { // want batchLoose:"touches"
	repo := getRepoLoose(ctx, h.st)
	if repo == nil {
		return
	}
	_ = h.st.DeletePatient(ctx.Req.Context(), ctx.Req.PathValue("oid"))
}

func AfterLoad(h *H) *webrouter.Router {
	m := webrouter.NewRouter()
	m.Get("/attachments/{uuid}", h.serveAttachment)
	m.Get("/loose/{uuid}", h.serveLoose)                      // want `route GET /loose/\{uuid\} .* checks authorisation only on some paths`
	m.Get("/logged/{uuid}", h.serveLogged)                    // want `route GET /logged/\{uuid\} .* has no authentication`
	m.Get("/ownerless/{uuid}", func(ctx *webrouter.Context) { // want `route GET /ownerless/\{uuid\} .* has no authentication`
		h.serveOwnerless(ctx, 1)
	})
	m.Post("/{repo}/info/lfs/objects/batch", h.batch)
	m.Post("/{repo}/info/lfs/objects/upload", h.batchUpload)
	m.Post("/{repo}/loose/batch", h.batchLoose) // want `route POST /\{repo\}/loose/batch .* has no authentication`
	return m
}
