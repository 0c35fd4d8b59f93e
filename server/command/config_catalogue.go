package command

import (
	"flag"
	"fmt"
	"time"

	"storecast/server/markdown"
)

// CatalogueConfig is the catalogue feed's part of the configuration.
type CatalogueConfig struct {
	// Drop is a folder whose JSON and CSV files are applied as catalogue
	// batches (server/catalogue); "" for none.
	Drop string
	// ParityMaxAge is how old an online price may be for the kiosk to
	// say a product costs the same online.
	ParityMaxAge time.Duration
	// Markdown is the near-expiry markdown rule as --markdown-steps
	// wrote it ("3:30,1:50"); Rule is what validate parsed of it.
	Markdown     string
	MarkdownRule markdown.Rule
}

// catalogueFlags defines --catalogue-drop, --parity-max-age and
// --markdown-steps.
func catalogueFlags(fs *flag.FlagSet, cfg *Config, getenv func(string) string) {
	fs.StringVar(&cfg.Catalogue.Drop, "catalogue-drop", getenv("STORECAST_CATALOGUE_DROP"),
		"apply each JSON or CSV file that appears in this folder as a catalogue batch, then move it to done/ or failed/ (STORECAST_CATALOGUE_DROP)")
	age, err := time.ParseDuration(envOr(getenv, "STORECAST_PARITY_MAX_AGE", "24h"))
	if err != nil {
		age = -1 // validate says what is wrong
	}
	fs.DurationVar(&cfg.Catalogue.ParityMaxAge, "parity-max-age", age,
		"the kiosk says a product costs the same online only if its online price was sent within this (STORECAST_PARITY_MAX_AGE)")
	fs.StringVar(&cfg.Catalogue.Markdown, "markdown-steps", envOr(getenv, "STORECAST_MARKDOWN_STEPS", markdown.DefaultRule.String()),
		"suggest markdowns for lots near their best-before date: days:percent steps, e.g. 3:30,1:50 is 30% off within 3 days of it, 50% within 1 (STORECAST_MARKDOWN_STEPS)")
}

func (c *Config) validateCatalogue() error {
	if c.Catalogue.ParityMaxAge < time.Minute || c.Catalogue.ParityMaxAge > 90*24*time.Hour {
		return fmt.Errorf("config: --parity-max-age %v is out of range 1m..2160h", c.Catalogue.ParityMaxAge)
	}
	r, err := markdown.ParseRule(c.Catalogue.Markdown)
	if err != nil {
		return fmt.Errorf("config: --markdown-steps: %w", err)
	}
	c.Catalogue.MarkdownRule = r
	return nil
}
