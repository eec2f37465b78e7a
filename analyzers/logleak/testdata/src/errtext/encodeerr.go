package errtext

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
)

type account struct {
	Email    string
	Password string
}

func serverError(w http.ResponseWriter, err error) {
	slog.Error("internal error", slog.Any("error", err))
	http.Error(w, "internal error", http.StatusInternalServerError)
}

// An encoder's error names the type it could not encode, never the
// value's text: logging it shows no password.
func writeJSON(w http.ResponseWriter, body any) {
	out, err := json.Marshal(body)
	if err != nil {
		serverError(w, err)
		return
	}
	w.Write(out)
}

func encodeTo(w io.Writer, a account) {
	if err := json.NewEncoder(w).Encode(a); err != nil {
		slog.Error("encode", "err", err)
	}
}

func showAccount(w http.ResponseWriter, a account) {
	writeJSON(w, a)
	encodeTo(w, a)
	out, _ := json.Marshal(a)
	slog.Info("account", "json", string(out)) // want `Password`
}
