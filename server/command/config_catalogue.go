package command

import (
	"flag"
	"fmt"
	"time"
)

// CatalogueConfig is the catalogue feed's part of the configuration.
type CatalogueConfig struct {
	// Drop is a folder whose JSON and CSV files are applied as catalogue
	// batches (server/catalogue); "" for none.
	Drop string
	// ParityMaxAge is how old an online price may be for the kiosk to
	// say a product costs the same online.
	ParityMaxAge time.Duration
}

// catalogueFlags defines --catalogue-drop and --parity-max-age.
func catalogueFlags(fs *flag.FlagSet, cfg *Config, getenv func(string) string) {
	fs.StringVar(&cfg.Catalogue.Drop, "catalogue-drop", getenv("STORECAST_CATALOGUE_DROP"),
		"apply each JSON or CSV file that appears in this folder as a catalogue batch, then move it to done/ or failed/ (STORECAST_CATALOGUE_DROP)")
	age, err := time.ParseDuration(envOr(getenv, "STORECAST_PARITY_MAX_AGE", "24h"))
	if err != nil {
		age = -1 // validate says what is wrong
	}
	fs.DurationVar(&cfg.Catalogue.ParityMaxAge, "parity-max-age", age,
		"the kiosk says a product costs the same online only if its online price was sent within this (STORECAST_PARITY_MAX_AGE)")
}

func (c *Config) validateCatalogue() error {
	if c.Catalogue.ParityMaxAge < time.Minute || c.Catalogue.ParityMaxAge > 90*24*time.Hour {
		return fmt.Errorf("config: --parity-max-age %v is out of range 1m..2160h", c.Catalogue.ParityMaxAge)
	}
	return nil
}
