package wrapcase

// Principal scoping and visibility filters (issue 9): a data access whose
// arguments carry the principal, directly or through the result of a query
// keyed by it, is scoped to who asks; a query whose options fix the
// visibility to public returns public rows to anyone.

import (
	"strconv"

	"store"
	"webrouter"
)

type Visibility int

const (
	VisiblePublic Visibility = iota
	VisiblePrivate
)

type SearchOptions struct {
	Keyword string
	Visible []Visibility
	Private bool
	RepoIDs []int64
}

type Result struct{ RepoID int64 }

// accessibleRepoIDs lists the repositories the user may read.
func accessibleRepoIDs(ctx *webrouter.Context, st *store.Store, u *webrouter.User) []int64 { // want accessibleRepoIDs:"touches"
	_ = st.Patient(ctx.Req.Context(), strconv.FormatInt(u.ID, 10))
	return nil
}

// search searches an index within opts.
func search(ctx *webrouter.Context, st *store.Store, opts *SearchOptions) []*Result { // want search:"touches"
	_ = st.Patient(ctx.Req.Context(), opts.Keyword)
	return nil
}

// reposByIDs loads repositories by id.
func reposByIDs(ctx *webrouter.Context, st *store.Store, ids []int64) { // want reposByIDs:"touches"
	for _, id := range ids {
		_ = st.Patient(ctx.Req.Context(), strconv.FormatInt(id, 10))
	}
}

// searchUsers lists users within opts.
func searchUsers(ctx *webrouter.Context, st *store.Store, opts SearchOptions) int { // want searchUsers:"touches"
	_ = st.Patient(ctx.Req.Context(), opts.Keyword)
	return 0
}

// exploreCode (gitea's explore.Code): the search runs within the
// repositories the principal may read, and the repositories loaded are
// those of its results.
func (h *H) exploreCode(ctx *webrouter.Context) {
	ids := accessibleRepoIDs(ctx, h.st, ctx.Doer)
	results := search(ctx, h.st, &SearchOptions{Keyword: ctx.Req.FormValue("q"), RepoIDs: ids})
	var load []int64
	for _, r := range results {
		load = append(load, r.RepoID)
	}
	reposByIDs(ctx, h.st, load)
}

// exploreAny loads the repositories the request names.
func (h *H) exploreAny(ctx *webrouter.Context) { // want exploreAny:"touches"
	id, _ := strconv.ParseInt(ctx.Req.FormValue("id"), 10, 64)
	reposByIDs(ctx, h.st, []int64{id})
}

// sitemap counts public users only (gitea's HomeSitemap).
func (h *H) sitemap(ctx *webrouter.Context) {
	_ = searchUsers(ctx, h.st, SearchOptions{Visible: []Visibility{VisiblePublic}, Private: false})
}

// sitemapAsked counts users of the visibility the request asks for.
func (h *H) sitemapAsked(ctx *webrouter.Context) { // want sitemapAsked:"touches"
	v, _ := strconv.Atoi(ctx.Req.FormValue("v"))
	_ = searchUsers(ctx, h.st, SearchOptions{Visible: []Visibility{Visibility(v)}})
}

// sitemapPrivate lists private users to whoever asks.
func (h *H) sitemapPrivate(ctx *webrouter.Context) { // want sitemapPrivate:"touches"
	_ = searchUsers(ctx, h.st, SearchOptions{Private: true})
}

// isVisibleToViewer answers whether viewer may see owner's profile.
func isVisibleToViewer(ctx *webrouter.Context, owner, viewer *webrouter.User) bool {
	return viewer != nil && owner.ID >= 0
}

// profileSub (gitea's UsernameSubRoute): a closure loads the owner and
// decides whether the principal may see it; the handler serves only when
// it says yes.
func (h *H) profileSub(ctx *webrouter.Context) {
	reload := func() bool {
		if ctx.Written() {
			return false
		}
		if !isVisibleToViewer(ctx, ctx.ContextUser, ctx.Doer) {
			ctx.NotFound(nil)
			return false
		}
		return true
	}
	if reload() {
		_ = h.st.Patient(ctx.Req.Context(), strconv.FormatInt(ctx.ContextUser.ID, 10))
	}
}

// profileLoose asks about the owner alone, not about who views.
func (h *H) profileLoose(ctx *webrouter.Context) { // want profileLoose:"touches"
	reload := func() bool {
		if !isVisibleToViewer(ctx, ctx.ContextUser, ctx.ContextUser) {
			ctx.NotFound(nil)
			return false
		}
		return true
	}
	if reload() {
		_ = h.st.Patient(ctx.Req.Context(), strconv.FormatInt(ctx.ContextUser.ID, 10))
	}
}

func Scoping(h *H) *webrouter.Router {
	m := webrouter.NewRouter()
	m.Get("/admin/{id}", verify(&VerifyOptions{SignInRequired: true, AdminRequired: true}), h.get)
	m.Get("/explore/code", h.exploreCode)
	m.Get("/explore/any", h.exploreAny) // want `route GET /explore/any .* has no authentication`
	m.Get("/sitemap.xml", h.sitemap)
	m.Get("/sitemap-asked.xml", h.sitemapAsked)     // want `route GET /sitemap-asked.xml .* has no authentication`
	m.Get("/sitemap-private.xml", h.sitemapPrivate) // want `route GET /sitemap-private.xml .* has no authentication`
	m.Get("/{username}", h.profileSub)
	m.Get("/{username}/loose", h.profileLoose) // want `route GET /\{username\}/loose .* has no authentication`
	return m
}
