package zerologcase

import (
	"encoding/json"
	"time"

	"github.com/rs/zerolog"
)

type Record struct {
	ID        string
	NHSNumber string
	DOB       time.Time
	Diagnosis string
}

// Summary hides its personal data from JSON.
type Summary struct {
	ID        string
	NHSNumber string `json:"-"`
	diagnosis string
}

// json.Marshal of a struct writes its exported fields: the bytes logged
// raw show them.
func LogRaw(l zerolog.Logger, r Record, s Summary) {
	raw, _ := json.Marshal(r)
	l.Info().RawJSON("patient", raw).Msg("loaded") // want `Record marshalled by json.Marshal shows field NHSNumber`
	ind, _ := json.MarshalIndent(&r, "", " ")
	l.Info().Msg("loaded " + string(ind)) // want `Record marshalled by json.MarshalIndent shows field NHSNumber`
	safe, _ := json.Marshal(s)
	l.Info().RawJSON("summary", safe).Msg("loaded") // safe: json:"-" and unexported fields are not marshalled
	ids, _ := json.Marshal(r.ID)
	l.Info().RawJSON("id", ids).Msg("loaded") // safe: only the id
}
