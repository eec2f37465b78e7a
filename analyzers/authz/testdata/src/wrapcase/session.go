package wrapcase

// A handler that sends the user to sign in when the session holds no
// pending login has authentication on its path (issue 9: gitea's
// /user/link_account reads the external account the session carries).

import (
	"store"
	"webrouter"
)

type linkData struct{ Email string }

// linkAccountData reads the pending external login from the session.
func linkAccountData(ctx *webrouter.Context) *linkData { return nil }

// formData reads a form: not a credential.
func formData(ctx *webrouter.Context) *linkData { return nil }

func (h *H) linkAccount(ctx *webrouter.Context) {
	data := linkAccountData(ctx)
	if data == nil {
		ctx.Redirect("/user/login")
		return
	}
	_ = h.st.Patient(ctx.Req.Context(), data.Email)
}

// linkHome sends the user home, not to sign in.
func (h *H) linkHome(ctx *webrouter.Context) { // want linkHome:"touches"
	data := linkAccountData(ctx)
	if data == nil {
		ctx.Redirect("/")
		return
	}
	_ = h.st.Patient(ctx.Req.Context(), data.Email)
}

// linkForm sends the user to sign in when a form field is empty: not a
// credential test.
func (h *H) linkForm(ctx *webrouter.Context) { // want linkForm:"touches"
	data := formData(ctx)
	if data == nil {
		ctx.Redirect("/user/login")
		return
	}
	_ = h.st.Patient(ctx.Req.Context(), data.Email)
}

func Session(h *H, st *store.Store) *webrouter.Router {
	m := webrouter.NewRouter()
	m.Get("/admin/{id}", verify(&VerifyOptions{SignInRequired: true, AdminRequired: true}), h.get)
	m.Get("/user/link_account", h.linkAccount)
	m.Get("/user/link_home", h.linkHome) // want `route GET /user/link_home .* has no authentication`
	m.Get("/user/link_form", h.linkForm) // want `route GET /user/link_form .* has no authentication`
	return m
}
