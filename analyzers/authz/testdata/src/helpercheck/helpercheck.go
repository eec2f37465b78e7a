// Package helpercheck: in-handler checks through helpers returning a value
// and a bool that gates the handler's return.
package helpercheck

import (
	"net/http"

	"helpercheck/policy"
	"store"
)

type API struct{ st *store.Store }

type nurse struct{ ward string }

// mustNurse is policy.OnlyPharmacist's twin in this package.
func mustNurse(w http.ResponseWriter, r *http.Request) (*nurse, bool) { // want mustNurse:"check"
	if r.Header.Get("X-Role") != "nurse" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return nil, false
	}
	return &nurse{}, true
}

func Routes(a *API) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /rx/{id}", func(w http.ResponseWriter, r *http.Request) {
		if _, ok := policy.OnlyPharmacist(w, r); !ok {
			return
		}
		_ = a.st.Patient(r.Context(), r.PathValue("id"))
	})
	mux.HandleFunc("GET /rx2/{id}", func(w http.ResponseWriter, r *http.Request) {
		s, ok := policy.Pharmacist(r)
		if !ok {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		_ = s
		_ = a.st.Patient(r.Context(), r.PathValue("id"))
	})
	mux.HandleFunc("GET /ward/{id}", func(w http.ResponseWriter, r *http.Request) {
		n, ok := mustNurse(w, r)
		if !ok {
			return
		}
		_ = n
		_ = a.st.Patient(r.Context(), r.PathValue("id"))
	})
	// Look-alikes: a helper that only finds who is signed in, and a
	// check whose result is not acted on.
	mux.HandleFunc("GET /who/{id}", func(w http.ResponseWriter, r *http.Request) { // want `route GET /who/\{id\} .* has no authentication`
		if _, ok := policy.Current(w, r); !ok {
			return
		}
		_ = a.st.Patient(r.Context(), r.PathValue("id"))
	})
	mux.HandleFunc("GET /ignored/{id}", func(w http.ResponseWriter, r *http.Request) { // want `route GET /ignored/\{id\} .* checks authorisation only on some paths`
		_, _ = policy.OnlyPharmacist(w, r)
		_ = a.st.Patient(r.Context(), r.PathValue("id"))
	})
	return mux
}
