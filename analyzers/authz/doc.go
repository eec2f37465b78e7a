// Package authz defines an Analyzer that reports HTTP routes reaching data
// without an authentication or authorisation check (default deny).
//
// # Analyzer authz
//
// authz: report HTTP routes that reach data without an authorisation check
//
// The analyzer models route registration over SSA for net/http (ServeMux,
// Go 1.22 method patterns, handler wrapping, Server.Handler and
// ListenAndServe), chi (Use, With, Group, Route, Mount), gin (Group, Use,
// handler chains, where a route registered before Use is not covered), echo
// (Use, Group, Match, route middleware), gorilla/mux (Subrouter,
// PathPrefix, Use, Methods), fiber v2 and v3 (Use, Group, handler chains,
// where as in gin a route registered before Use is not covered) and
// pocketbase's router (Group, Bind, BindFunc, Route.Bind), with
// hand-written wrappers such as auth(h) and alice chains. A function that
// registers routes on a router parameter exports a fact, so that main
// composes routes registered in other packages. A router registered as a
// route's handler is mounted: its paths are under what the mount strips
// (chi Mount and Route their pattern, http.StripPrefix its prefix; a
// ServeMux, chi Handle and gorilla hand on the full path). Registrations
// inside loops (route tables) are unresolved and never reported.
//
// A router wrapped in middleware is covered by it where it leaves the
// function that builds it: served (ListenAndServe(addr, auth(mux)),
// Server.Handler), returned (return auth(mux), through a variable, an
// alice chain or a helper) or stored in a field. Each such exit is a way
// in, so the weakest decides: a router also returned, served or stored
// unwrapped on another path is not covered. A route's handler wrapped on
// some branches only (h = auth(h) under if !cfg.Debug) is judged by its
// weakest branch the same way, and the finding names the conditional
// guard; so is a route registered after a Use on some branches only (if
// !cfg.Debug { r.Use(auth) }; r.Get(p, h)), unless guard Uses on the
// branches together cover every path. A router held in a struct field (s.mux = http.NewServeMux(),
// &api{mux: mux}) is the same router where the function that assigns it
// reads the field, and in the functions it calls with the struct; the
// package's reads of an unexported field that return or serve it
// (return auth(s.mux)) are its ways out. A function of the package
// returning its router unwrapped, as the router or as an http.Handler, is
// followed into its callers. One of another package whose routes have no
// guard, check or would-be guard is a sub-router, not a server: its routes
// are exported as a fact and judged where the caller mounts or serves the
// result (r.Mount("/fhir", fhir.Routes(h)) inside a group that Uses auth
// covers them); a returned router with guards of its own is judged where
// it is built.
//
// An application's own router wrapper is inferred, not modelled by name: a
// function that forwards a pattern parameter and a handler parameter to a
// modelled registration (or to another wrapper) is a route wrapper; a
// method of such a router that stores a prefix and middleware in its
// receiver and calls a callback is a group, one that stores or Uses
// middleware is a Use, and one that returns a struct holding the router, a
// pattern and handlers whose methods are route wrappers is a route builder
// (gitea's modules/web.Router: Get, Post, Methods, Group, AfterRouting,
// Mount, Combo). Each is exported as a fact, so calls of the wrapper in
// other packages are registrations with its group and middleware
// semantics; handlers may be passed as any. Handlers and middleware of
// such frameworks take a request context of their own (a struct holding
// the *http.Request) and run in a chain that stops once one has answered.
//
// A guard is a modelled middleware (chi BasicAuth, jwtauth Authenticator but
// not Verifier, gin BasicAuth, echo BasicAuth/KeyAuth/JWT, echo-jwt, fiber
// keyauth, Auth0's go-jwt-middleware and gin-jwt unless made to let a
// request without a token through, casbin adapters), a configured one (settings.authz.authn-guards,
// authz-guards), a variable assigned a guard on every branch, a helper
// that wraps the handler it is given in guards (a
// function or a local closure: admin := func(h http.HandlerFunc)
// http.Handler { return authn(auth.RequireRole("admin")(h)) }, where the
// weakest of its ways out decides and one returning h unwrapped makes it
// no guard), or one inferred from its body: it calls next (or, in a
// chain of context handlers, returns normally) only on paths where it did
// not answer 401 or 403, abort or redirect to a sign-in page, and its
// rejection depends on a credential or an authorisation check (a 403
// behind a feature switch is no guard, and neither is one that calls next
// when the credential verification fails); a 404 that hides the resource when
// an authorisation check fails, in the middleware or in a helper it calls,
// makes an authorisation guard. Middleware built by a guard factory whose
// rejection runs only when an option field of its argument is set
// (verifyAuthWithOptions(&VerifyOptions{SignInRequired: true})) is judged
// per call from the options passed: unset fields are false, and a field
// set from a non-constant value (SignInRequired: setting.RequireSignIn)
// leaves the decision to the deployment, which counts as a guard; an
// options value that is not a composite literal is no guard. An
// in-handler check
// is a call of a modelled, configured or name-matched authorisation
// function (Authorize, CanEdit, HasRole, IsAdmin, RequirePermission, casbin
// Enforce, OPA Allowed, OpenFGA Check), or a comparison of a role or owner
// field or of the principal with a record's field, whose failing branch
// exits: the access is checked when every path from the entry to it
// passes such a check (checks on different branches count together, and
// so do the sides of a condition such as id != u.ID && u.Role != "staff"
// whose other side exits), and
// a lookup before the check is the check's own when every path from it to
// an answer that is not an error passes one. A helper that always runs
// such a check exports a fact, as does a helper given the request that
// answers 401, 403 or 404 when a check fails and returns a value the
// handler turns into an exit; the data reads of a check are its own
// lookups, not the route's access. A data call one of whose arguments
// derives from the authenticated principal (a request-context field such
// as Doer, User or Auth, UserFromContext(ctx), a value stored under a key
// naming the user such as gin's c.MustGet("user"), or the results of a
// query so keyed), or whose options fix the visibility to public, is scoped and
// needs no further check.
// Data access is a call into the SQL models (database/sql, sqlx, gorm,
// pgx, bun, xorm, go-pg, dbx...), transitively through functions and
// packages, and through interface methods resolved to implementations
// (or, with none found, of an interface named like a store or repository
// whose method takes a context.Context).
//
// Routes declared public (settings.authz.public-routes, a
// //sanitas:public reason comment on the registration or the handler) and
// routes whose path is a public flow's own endpoint (a whole segment
// login, signup, health, metrics, static, webhook..., and no parameter
// naming a data resource: /patients/{id}/login-history is reported) are
// not reported. A server none of whose routes has
// any guard or check gets one authn-missing finding for the server instead
// of one per route: authentication may happen at a gateway. It sits at the
// call that serves the router (ListenAndServe, the store into
// Server.Handler), or, when the function that builds the router returns or
// stores it instead, at the call that creates it (NewServeMux,
// chi.NewRouter, gin.New).
//
// ## authn-missing: route reaches data with no authentication on its path
//
// A route whose handler reaches a data access has no authentication or
// authorisation guard on its path and no check in the handler, or none
// that rejects the zero principal a request without credentials reads
// from its context (claims, _ := auth.FromContext(ctx); if claims.Role ==
// RolePatient && ... { 403 }).
//
// ## authz-missing: authenticated route reaches data with no authorisation check
//
// Off by default: the route is behind an authentication guard, but no
// authorisation guard, role or ownership check protects the data access.
//
// ## authz-inconsistent: route lacks the authorisation guard its siblings have
//
// At least three and 75% of the routes of the same group carry an
// authorisation guard of their own that this data route lacks.
//
// ## authz-route-order: route registered before the middleware meant to guard it
//
// In gin and echo groups middleware is copied at registration, and fiber
// matches its stack in registration order: a route registered before
// Use(guard) is not guarded.
//
// ## authz-fail-open: guard middleware lets requests through
//
// A guard-named middleware calls next on every path, writes 401/403 (or
// aborts) and then calls next anyway, or calls next when the credential
// verification fails; or a gin middleware writes 401/403 with c.JSON,
// c.String or c.Status and returns without aborting, which gin follows
// with the rest of the chain. It is reported where it falls through: the
// call of next on the failed branch. So is middleware that checks the
// credential only when the request carries one (got != "" && !valid(got)
// { 401 }; next), at its test of the credential's presence, unless it
// passes on what it found (an optional authentication). Such middleware
// guards nothing.
package authz
