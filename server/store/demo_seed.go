package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"storecast/app/content"
)

// demoSeededKey marks that demo content was inserted once; staff may delete
// the demo promotions and must not see them come back on the next start.
const demoSeededKey = "demo_seeded_at"

// demoPromotion is a demo offer and the name of its image.
type demoPromotion struct {
	image string
	p     content.Promotion
}

func demoPromotions() []demoPromotion {
	t := func(hans, hant, en string) content.Text {
		return content.Text{content.LocaleZhHans: hans, content.LocaleZhHant: hant, content.LocaleEn: en}
	}
	return []demoPromotion{
		{"strawberries", content.Promotion{
			Title: t("新鲜草莓", "新鮮草莓", "Fresh strawberries"),
			Body: t("丹东红颜草莓，香甜多汁，每盒500克，今晨到店。", "丹東紅顏草莓，香甜多汁，每盒500克，今晨到店。",
				"Sweet, juicy Dandong strawberries, 500 g punnet, in this morning."),
			Price: 2990, WasPrice: 3990, Priority: 900, Category: "fresh",
		}},
		{"oranges", content.Promotion{
			Title: t("赣南脐橙", "贛南臍橙", "Gannan navel oranges"),
			Body: t("江西赣州原产地直供，皮薄汁多，2.5公斤装。", "江西贛州原產地直送，皮薄汁多，2.5公斤裝。",
				"Straight from Ganzhou, Jiangxi: thin-skinned and juicy. 2.5 kg bag."),
			Price: 2580, WasPrice: 3280, Priority: 850, Category: "fresh",
		}},
		{"milk", content.Promotion{
			Title: t("有机牛奶", "有機牛奶", "Organic milk"),
			Body: t("有机全脂牛奶1升装，第二件半价。", "有機全脂牛奶1公升裝，第二件半價。",
				"Organic whole milk, 1 litre. Second carton half price."),
			Price: 1590, WasPrice: 1990, Priority: 800, Category: "dairy",
		}},
		{"tomatoes", content.Promotion{
			Title: t("寿光番茄", "壽光番茄", "Shouguang tomatoes"),
			Body: t("山东寿光自然熟沙瓤番茄，1公斤装，配小黄瓜更清爽。", "山東壽光自然熟沙瓤番茄，1公斤裝，配小黃瓜更清爽。",
				"Vine-ripened tomatoes from Shouguang, Shandong, 1 kg. Lovely with cucumber."),
			Price: 990, WasPrice: 1380, Priority: 750, Category: "fresh",
		}},
		{"rice", content.Promotion{
			Title: t("五常大米", "五常大米", "Wuchang rice"),
			Body: t("黑龙江五常稻花香大米，5公斤装。", "黑龍江五常稻花香大米，5公斤裝。",
				"Daohuaxiang rice from Wuchang, Heilongjiang. 5 kg bag."),
			Price: 6990, WasPrice: 8990, Priority: 700, Category: "pantry",
		}},
		{"bread", content.Promotion{
			Title: t("全麦吐司", "全麥吐司", "Wholemeal loaf"),
			Body: t("店内烘焙，每天早上七点出炉，400克。", "店內烘焙，每天早上七點出爐，400克。",
				"Baked in store, out of the oven at 7 every morning. 400 g."),
			Price: 1280, WasPrice: 1680, Priority: 650, Category: "bakery",
		}},
		{"towels", content.Promotion{
			Title: t("厨房纸巾", "廚房紙巾", "Kitchen towels"),
			Body: t("加厚吸水厨房纸巾，6卷装。", "加厚吸水廚房紙巾，6捲裝。",
				"Extra-absorbent kitchen towels, pack of 6 rolls."),
			Price: 1990, WasPrice: 2590, Priority: 600, Category: "home",
		}},
	}
}

// demoPlaylist shows the demo promotions in the zones layout, each in the
// template that suits it, so a new store sees what its screens can do:
// picture for the fruit, split for the rest, the brand colour for the
// offer without a picture. It is not the default: until staff choose one,
// screens rotate every live promotion, new ones included.
func demoPlaylist(ids map[string]string) content.Playlist {
	slides := []struct{ image, template string }{
		{"strawberries", content.TemplatePicture}, {"milk", content.TemplateSplit},
		{"towels", ""}, {"oranges", content.TemplatePicture}, {"bread", content.TemplateSplit},
		{"tomatoes", content.TemplatePicture}, {"rice", content.TemplateSplit},
	}
	p := content.Playlist{
		Name: "本周特价 · This week's offers", Layout: content.LayoutZones, Template: content.TemplateAuto,
		Slides: []content.Slide{},
	}
	for _, s := range slides {
		p.Slides = append(p.Slides, content.Slide{ID: s.image, Kind: content.SlidePromotion, Promotion: ids[s.image],
			Template: s.template, Seconds: content.DefaultSeconds})
	}
	return p
}

// demoBrand is the demo store's: a greengrocer's orange, which also shows
// a brand colour that needs dark text on it. Its logo is the demo image
// "logo".
func demoBrand() content.Brand {
	return content.Brand{
		Name:  content.Text{content.LocaleZhHans: "鲜果便利", content.LocaleZhHant: "鮮果便利", content.LocaleEn: "Fresh Corner"},
		Color: "#f08c00", Accent: "#2b8a3e",
	}
}

// SeedDemo inserts the demo promotions, a playlist of them and the demo
// brand the first time it is called on a
// database and reports whether it did. images stores the named demo image
// and returns its media URL ("" leaves the promotion without an image); it
// is called before anything is written, so a failure seeds nothing.
func (s *Store) SeedDemo(ctx context.Context, images func(name string) (url string, err error)) (bool, error) {
	if _, err := s.Setting(ctx, demoSeededKey); err == nil {
		return false, nil
	} else if !errors.Is(err, ErrNotFound) {
		return false, fmt.Errorf("store: seed demo: %w", err)
	}
	demos := demoPromotions()
	for i, d := range demos {
		url, err := images(d.image)
		if err != nil {
			return false, fmt.Errorf("store: seed demo: image %s: %w", d.image, err)
		}
		demos[i].p.Image = url
		if err := demos[i].p.Validate(); err != nil {
			return false, fmt.Errorf("store: seed demo: %s: %w", d.image, err)
		}
	}
	brand := demoBrand()
	var err error
	if brand.Logo, err = images("logo"); err != nil {
		return false, fmt.Errorf("store: seed demo: logo: %w", err)
	}
	if err := brand.Validate(); err != nil {
		return false, fmt.Errorf("store: seed demo: brand: %w", err)
	}
	seeded := false
	err = s.change(ctx, "demo.seed", func(t *Tx) error {
		tx := t.Tx
		// Checked again under the write lock: two servers starting at once
		// on one file must not both seed.
		var v string
		err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, demoSeededKey).Scan(&v)
		if err == nil {
			return nil
		} else if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		now := s.now()
		ids := map[string]string{}
		for _, d := range demos {
			p := normalize(d.p)
			p.ID, p.UpdatedAt = NewID(), now
			if err := insertPromotion(ctx, tx, p); err != nil {
				return err
			}
			ids[d.image] = p.ID
		}
		pl := demoPlaylist(ids)
		if err := pl.Validate(); err != nil {
			return err
		}
		if err := insertPlaylist(ctx, tx, pl, now); err != nil {
			return err
		}
		if err := writeBrand(ctx, t, brand, now.UnixMilli()); err != nil {
			return err
		}
		seeded = true
		return setSetting(ctx, tx, demoSeededKey, now.Format(time.RFC3339), now.UnixMilli())
	})
	if err != nil {
		return false, fmt.Errorf("store: seed demo: %w", err)
	}
	return seeded, nil
}
