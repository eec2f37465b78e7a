// Package wrapcase registers routes through an application's own router
// wrapper (package webrouter, gitea-style), with guards built by a factory
// whose options decide whether it rejects.
package wrapcase

import (
	"context"
	"crypto/subtle"
	"net/http"
	"strconv"

	"store"
	"webrouter"
)

type H struct{ st *store.Store }

func (h *H) get(ctx *webrouter.Context) { // want get:"touches"
	_ = h.st.Patient(ctx.Req.Context(), ctx.Req.PathValue("id"))
}

func (h *H) del(ctx *webrouter.Context) { // want del:"touches"
	_ = h.st.DeletePatient(ctx.Req.Context(), ctx.Req.PathValue("id"))
}

type VerifyOptions struct {
	SignInRequired  bool
	SignOutRequired bool
	AdminRequired   bool
}

// verify is a guard factory: whether its middleware rejects depends on
// the options it is made with.
func verify(opts *VerifyOptions) func(*webrouter.Context) {
	return func(ctx *webrouter.Context) {
		if opts.SignOutRequired && ctx.IsSigned {
			ctx.Redirect("/")
			return
		}
		if opts.SignInRequired {
			if !ctx.IsSigned {
				ctx.Redirect(webrouter.RedirectLinkUserLogin(ctx.Req))
				return
			}
		}
		if opts.AdminRequired {
			if !ctx.Doer.IsAdmin {
				ctx.HTTPError(http.StatusForbidden)
				return
			}
		}
		// Whatever the options (unless signing out): a stale remember-me
		// cookie sends the user to sign in. A request without one passes,
		// so this does not make the middleware a guard.
		if !opts.SignOutRequired && !ctx.IsSigned && ctx.Req.Header.Get("X-Remember") != "" {
			ctx.Redirect(webrouter.RedirectLinkUserLogin(ctx.Req))
			return
		}
	}
}

// reqToken rejects unauthenticated requests.
func reqToken() func(*webrouter.Context) { // want reqToken:"guard\\(authn\\)"
	return func(ctx *webrouter.Context) {
		if ctx.IsSigned {
			return
		}
		ctx.JSON(http.StatusUnauthorized, "token is required")
	}
}

var featureOn bool

// featureEnabled answers 403 when a feature is switched off: not a guard.
func featureEnabled(ctx *webrouter.Context) {
	if !featureOn {
		ctx.HTTPError(http.StatusForbidden)
		return
	}
}

func Routes(h *H, strict bool, opts *VerifyOptions) *webrouter.Router {
	m := webrouter.NewRouter()
	reqSignIn := verify(&VerifyOptions{SignInRequired: true})
	reqSignOut := verify(&VerifyOptions{SignOutRequired: true})
	optSignIn := verify(&VerifyOptions{SignInRequired: strict})
	reqAdmin := verify(&VerifyOptions{SignInRequired: true, AdminRequired: true})

	m.Get("/open/{id}", h.get) // want `route GET /open/\{id\} \(handler \(\*wrapcase.H\).get\) reaches .* has no authentication`

	m.Group("/user", func() {
		m.Get("/{id}", h.get) // want `route GET /user/\{id\} .* is authenticated by wrapcase.verify`
	}, reqSignIn)

	m.Group("/leaving", func() {
		m.Get("/{id}", h.get) // want `route GET /leaving/\{id\} .* has no authentication`
	}, reqSignOut)

	// The deployment decides whether /explore needs a sign-in: the route's
	// access is declared (in configuration), so it is authenticated.
	m.Group("/explore", func() {
		m.Get("/{id}", h.get) // want `route GET /explore/\{id\} .* is authenticated by wrapcase.verify \(SignInRequired set by configuration\) but nothing checks`
	}, optSignIn)

	// An options value the model cannot read is no guard.
	m.Group("/opaque", func() {
		m.Get("/{id}", h.get) // want `route GET /opaque/\{id\} .* has no authentication`
	}, verify(opts))

	m.Group("/feature", func() {
		m.Get("/{id}", h.get) // want `route GET /feature/\{id\} .* has no authentication`
	}, featureEnabled)

	m.Group("/admin", func() {
		m.Get("/{id}", h.get)
		m.Combo("/item/{id}").Get(h.get).Post(h.del)
	}, reqAdmin)

	m.Group("/api", func() {
		m.Combo("/things/{id}", reqToken()).Get(h.get).Delete(h.del) // want `route GET /api/things/\{id\} .* is authenticated by wrapcase.reqToken` `route DELETE /api/things/\{id\} .* is authenticated by wrapcase.reqToken`
		m.Combo("/open/{id}").Get(h.get)                             // want `route GET /api/open/\{id\} .* has no authentication`
	})

	// Routes added by a local function called from a group's callback.
	addItems := func() {
		m.Delete("/items/{id}", h.del) // want `route DELETE /local/items/\{id\} .* is authenticated by wrapcase.verify`
	}
	m.Group("/local", func() {
		addItems()
	}, reqSignIn)

	// A guard captured from two closures up.
	m.Group("/nested", func() {
		m.Group("/deeper", func() {
			m.Post("/{id}", reqAdmin, h.del)
			m.Delete("/{id}", h.del) // want `route DELETE /nested/deeper/\{id\} .* is authenticated by wrapcase.verify`
		})
	}, reqSignIn)

	// Handlers passed as a computed slice: unresolved, never reported.
	var mids []any
	m.Get("/computed/{id}", append(mids, h.get)...)

	sub := webrouter.NewRouter()
	sub.AfterRouting(reqSignIn)
	sub.Get("/{id}", h.get) // want `route GET /mounted/\{id\} .* is authenticated by wrapcase.verify`
	m.Mount("/mounted", sub)

	// Registered before the middleware that was meant to cover it.
	late := webrouter.NewRouter()
	late.Get("/late/{id}", h.get) // want `route GET /late/\{id\} .* is registered before wrapcase.verify is added with Use`
	late.AfterRouting(reqSignIn)
	m.Mount("/", late)
	return m
}

// mine reads the records of the user who asks: the query is keyed by the
// principal, an ownership check of its own.
func (h *H) mine(ctx *webrouter.Context) {
	_ = h.st.Patient(ctx.Req.Context(), strconv.FormatInt(ctx.Doer.ID, 10))
}

// theirs reads the records of the user whose page is shown: not scoped to
// who asks.
func (h *H) theirs(ctx *webrouter.Context) { // want theirs:"touches"
	_ = h.st.Patient(ctx.Req.Context(), strconv.FormatInt(ctx.ContextUser.ID, 10))
}

// reqRepoReader hides the repository (404) from users who may not read it:
// an authorisation guard.
func reqRepoReader(ctx *webrouter.Context) { // want reqRepoReader:"guard\\(authz\\)"
	if !ctx.Repo.CanRead(ctx.Doer) {
		ctx.NotFound(nil)
		return
	}
}

// loadRepo answers 404 for a missing repository: no guard.
func loadRepo(ctx *webrouter.Context) {
	if ctx.Repo == nil {
		ctx.NotFound(nil)
		return
	}
}

// KVStore is a request's key-value store: its methods take no
// context.Context, so its name does not make it a data access, and its
// implementation (the request context's) reads no data.
type KVStore interface{ GetData() map[string]any }

type reqData map[string]any

func (d reqData) GetData() map[string]any { return d }

// RecordStore is a data store interface with no implementation here.
type RecordStore interface {
	Find(ctx context.Context, id string) error
}

type S2 struct {
	kv KVStore
	rs RecordStore
}

func (s *S2) page(ctx *webrouter.Context) { _ = s.kv.GetData() }

func (s *S2) record(ctx *webrouter.Context) { // want record:"touches"
	_ = s.rs.Find(ctx.Req.Context(), ctx.Req.PathValue("id"))
}

func More(h *H, s *S2) *webrouter.Router {
	m := webrouter.NewRouter()
	reqSignIn := verify(&VerifyOptions{SignInRequired: true})
	m.Group("/my", func() {
		m.Get("/records", h.mine)
		m.Get("/{user}/records", h.theirs) // want `route GET /my/\{user\}/records .* is authenticated by wrapcase.verify`
	}, reqSignIn)
	m.Group("/{owner}/{repo}", func() {
		m.Get("/issues/{id}", h.get)
	}, reqRepoReader)
	m.Group("/{owner}/{repo}/raw", func() {
		m.Get("/{id}", h.get) // want `route GET /\{owner\}/\{repo\}/raw/\{id\} .* has no authentication`
	}, loadRepo)
	m.Get("/page", s.page)
	m.Get("/record/{id}", s.record) // want `route GET /record/\{id\} .* reaches \(wrapcase.RecordStore\).Find \(a store interface\) has no authentication`
	return m
}

// requireUnitReader passes only when a unit check passes, and hides the
// repository otherwise (gitea's context.RequireUnitReader).
func requireUnitReader(units ...int) func(*webrouter.Context) { // want requireUnitReader:"guard\\(authz\\)"
	return func(ctx *webrouter.Context) {
		for _, u := range units {
			if ctx.Repo.CanReadUnit(u) {
				return
			}
		}
		ctx.NotFound(nil)
	}
}

// repoAssignment loads the repository and hides it from users who may not
// read it.
func repoAssignment(ctx *webrouter.Context) { // want repoAssignment:"guard\\(authz\\)"
	if ctx.Repo == nil {
		ctx.NotFound(nil)
		return
	}
	if !ctx.Repo.CanRead(ctx.Doer) {
		ctx.NotFound(nil)
		return
	}
}

// RepoAssignment is middleware whose check is in the helper it calls.
func RepoAssignment(ctx *webrouter.Context) { // want RepoAssignment:"guard\\(authz\\)"
	repoAssignment(ctx)
	if ctx.Written() {
		return
	}
}

// LoadOnly calls a helper that answers 404 for a missing repository only.
func LoadOnly(ctx *webrouter.Context) {
	loadRepo(ctx)
}

func Repos(h *H) *webrouter.Router {
	m := webrouter.NewRouter()
	m.Group("/{owner}/{repo}", func() {
		m.Get("/wiki/{id}", requireUnitReader(1, 2), h.get)
		m.Get("/code/{id}", h.get)
	}, RepoAssignment)
	m.Group("/{owner}/{repo}/loaded", func() {
		m.Get("/{id}", h.get) // want `route GET /\{owner\}/\{repo\}/loaded/\{id\} .* has no authentication`
	}, LoadOnly)
	return m
}

type service struct{ repo int64 }

// gitBase authenticates and authorises a git request and answers 401 when
// the user may not read the repository; the handler exits when it
// returns nil.
func gitBase(ctx *webrouter.Context, st *store.Store) *service { // want gitBase:"check"
	_ = st.Patient(ctx.Req.Context(), ctx.Req.PathValue("repo")) // the lookup the check needs
	if !ctx.Repo.CanRead(ctx.Doer) {
		ctx.HTTPError(http.StatusUnauthorized)
		return nil
	}
	return &service{}
}

func (h *H) gitPack(ctx *webrouter.Context) { // want gitPack:"check"
	s := gitBase(ctx, h.st)
	if s == nil {
		return
	}
	_ = h.st.DeletePatient(ctx.Req.Context(), ctx.Req.PathValue("id"))
}

// gitLoad answers 404 for a missing repository only: no check.
func gitLoad(ctx *webrouter.Context, st *store.Store) *service { // want gitLoad:"touches"
	if err := st.Patient(ctx.Req.Context(), ctx.Req.PathValue("repo")); err == nil {
		ctx.HTTPError(http.StatusNotFound)
		return nil
	}
	return &service{}
}

func (h *H) gitLoose(ctx *webrouter.Context) { // want gitLoose:"touches"
	if gitLoad(ctx, h.st) == nil {
		return
	}
	_ = h.st.DeletePatient(ctx.Req.Context(), ctx.Req.PathValue("id"))
}

func Git(h *H) *webrouter.Router {
	m := webrouter.NewRouter()
	reqSignIn := verify(&VerifyOptions{SignInRequired: true})
	m.Post("/{repo}/git-upload-pack", h.gitPack)
	m.Post("/{repo}/loose", h.gitLoose) // want `route POST /\{repo\}/loose .* has no authentication`
	m.Get("/x", reqSignIn, h.get)       // want `route GET /x .* is authenticated`
	m.Post("/signed/{id}", h.signed)
	m.Get("/.well-known/webfinger", h.get)
	return m
}

var secret []byte

// signed serves a signed URL: the signature compared in constant time
// authenticates the request.
func (h *H) signed(ctx *webrouter.Context) { // want signed:"check"
	if subtle.ConstantTimeCompare([]byte(ctx.Req.URL.Query().Get("sig")), secret) != 1 {
		ctx.HTTPError(http.StatusUnauthorized)
		return
	}
	_ = h.st.DeletePatient(ctx.Req.Context(), ctx.Req.PathValue("id"))
}
