package zerologcase

import (
	"time"

	"github.com/rs/zerolog"
)

type Patient struct {
	ID        string
	NHSNumber string `json:"-"`
	Email     string
}

func Log(l zerolog.Logger, p Patient, tok string) {
	l.Info().Str("nhs_number", p.NHSNumber).Msg("admit")                 // want `personal or patient data \(NHS number\)`
	l.Info().Str("patient", p.ID).Int("n", 1).Msg("admit")               // safe
	l.Info().Msgf("email %s", p.Email)                                   // want `personal or patient data \(email address\)`
	l.Info().Interface("p", p).Msg("admit")                              // want `shows field Email`
	l.Info().Dict("d", zerolog.Dict().Str("access_token", tok)).Msg("x") // want `credential \(token\)`
	l.With().Str("refresh_token", tok).Logger()                          // want `credential \(token\)`
}

// "nhs" alone names an NHS number; nhsTrust does not.
func LogNHS(l zerolog.Logger, nhs, nhsTrust string) {
	l.Info().Msgf("searching for NHS number %s", nhs) // want `personal or patient data \(NHS number\) parameter nhs`
	l.Info().Msgf("trust %s", nhsTrust)               // safe: the name of a trust
}

func LogTimes(l zerolog.Logger, dob, created time.Time) {
	l.Info().Time("dob", created).Msg("age check")        // want `personal or patient data \(date of birth\) logged under key "dob"`
	l.Info().Interface("when", dob).Msg("age check")      // want `personal or patient data \(date of birth\) parameter dob`
	l.Info().Time("created", created).Msg("age check")    // safe
	l.With().Time("dob", created).Logger().Info().Msg("") // want `personal or patient data \(date of birth\) logged under key "dob"`
}
