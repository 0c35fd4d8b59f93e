package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"storecast/app/content"
)

// kioskSeededKey marks that the kiosk's demo data (categories, products,
// store events) was inserted once, apart from the demo promotions: a
// database made before the kiosk existed gets it on its next start.
const kioskSeededKey = "demo_kiosk_seeded_at"

func demoText(hans, hant, en string) content.Text {
	return content.Text{content.LocaleZhHans: hans, content.LocaleZhHant: hant, content.LocaleEn: en}
}

func demoCategories() []content.Category {
	return []content.Category{
		{ID: "fresh", Name: demoText("生鲜果蔬", "生鮮蔬果", "Fruit & veg"), Position: 10},
		{ID: "dairy", Name: demoText("乳品冷藏", "乳品冷藏", "Dairy & chilled"), Position: 20},
		{ID: "bakery", Name: demoText("烘焙面包", "烘焙麵包", "Bakery"), Position: 25},
		{ID: "pantry", Name: demoText("粮油副食", "糧油副食", "Pantry"), Position: 30},
		{ID: "drinks", Name: demoText("饮料零食", "飲料零食", "Drinks & snacks"), Position: 40},
		{ID: "home", Name: demoText("日用百货", "日用百貨", "Household"), Position: 50},
	}
}

// demoProduct is name, price in cents, category and aisle; SKU and a valid
// GTIN-13 (GS1 China prefix 690) are made from its position.
type demoProduct struct {
	hans, hant, en string
	price          int64
	category       string
	aisle          string
}

var demoProductList = []demoProduct{
	{"新鲜草莓 500克", "新鮮草莓 500克", "Fresh strawberries 500 g", 2990, "fresh", "1"},
	{"香蕉 1千克", "香蕉 1公斤", "Bananas 1 kg", 690, "fresh", "1"},
	{"富士苹果 1千克", "富士蘋果 1公斤", "Fuji apples 1 kg", 1290, "fresh", "1"},
	{"赣南脐橙 2千克", "贛南臍橙 2公斤", "Navel oranges 2 kg", 2580, "fresh", "1"},
	{"番茄 500克", "番茄 500克", "Tomatoes 500 g", 590, "fresh", "2"},
	{"黄瓜 500克", "小黃瓜 500克", "Cucumbers 500 g", 450, "fresh", "2"},
	{"大白菜 1棵", "大白菜 1顆", "Napa cabbage, each", 390, "fresh", "2"},
	{"有机牛奶 1升", "有機牛奶 1公升", "Organic milk 1 l", 1590, "dairy", "3"},
	{"原味酸奶 4杯", "原味優格 4杯", "Plain yoghurt 4 cups", 1290, "dairy", "3"},
	{"鸡蛋 10枚", "雞蛋 10顆", "Eggs, 10", 1590, "dairy", "3"},
	{"豆腐 400克", "豆腐 400克", "Tofu 400 g", 350, "dairy", "3"},
	{"黄油 200克", "奶油 200克", "Butter 200 g", 2290, "dairy", "3"},
	{"五常大米 5千克", "五常大米 5公斤", "Wuchang rice 5 kg", 6990, "pantry", "4"},
	{"挂面 1千克", "掛麵 1公斤", "Dried noodles 1 kg", 1190, "pantry", "4"},
	{"花生油 5升", "花生油 5公升", "Peanut oil 5 l", 8990, "pantry", "4"},
	{"生抽酱油 500毫升", "生抽醬油 500毫升", "Light soy sauce 500 ml", 990, "pantry", "4"},
	{"米醋 500毫升", "米醋 500毫升", "Rice vinegar 500 ml", 790, "pantry", "4"},
	{"绵白糖 1千克", "綿白糖 1公斤", "Fine sugar 1 kg", 890, "pantry", "4"},
	{"食盐 400克", "食鹽 400克", "Salt 400 g", 300, "pantry", "4"},
	{"绿茶 250克", "綠茶 250克", "Green tea 250 g", 4800, "drinks", "5"},
	{"矿泉水 550毫升×12", "礦泉水 550毫升×12", "Mineral water 550 ml × 12", 1800, "drinks", "5"},
	{"橙汁 1升", "柳橙汁 1公升", "Orange juice 1 l", 1290, "drinks", "5"},
	{"咸味饼干 200克", "鹹味餅乾 200克", "Salted crackers 200 g", 690, "drinks", "6"},
	{"原味薯片 150克", "原味洋芋片 150克", "Salted crisps 150 g", 850, "drinks", "6"},
	{"黑巧克力 100克", "黑巧克力 100克", "Dark chocolate 100 g", 1590, "drinks", "6"},
	{"厨房纸巾 6卷", "廚房紙巾 6捲", "Kitchen towels, 6 rolls", 1990, "home", "7"},
	{"卫生纸 10卷", "衛生紙 10捲", "Toilet paper, 10 rolls", 2990, "home", "7"},
	{"洗洁精 1千克", "洗碗精 1公斤", "Washing-up liquid 1 kg", 1290, "home", "7"},
	{"洗衣液 2千克", "洗衣精 2公斤", "Laundry liquid 2 kg", 3990, "home", "7"},
	{"垃圾袋 50只", "垃圾袋 50個", "Bin bags, 50", 990, "home", "7"},
	{"牙膏 120克", "牙膏 120克", "Toothpaste 120 g", 1490, "home", "8"},
	{"洗发水 400毫升", "洗髮精 400毫升", "Shampoo 400 ml", 3590, "home", "8"},
}

// DemoProducts returns the demo catalogue; tests use it too.
func DemoProducts() []content.Product {
	ps := make([]content.Product, len(demoProductList))
	for i, d := range demoProductList {
		body := fmt.Sprintf("690123%06d", 4000+i)
		ps[i] = content.Product{
			SKU:      fmt.Sprintf("SC-%04d", 1001+i),
			Barcode:  body + string(content.GTINCheckDigit(body)),
			Name:     demoText(d.hans, d.hant, d.en),
			Price:    d.price,
			Category: d.category,
			Aisle:    d.aisle,
		}
	}
	return ps
}

// demoEvents are placed on the days after now, at local times of day.
func demoEvents(now time.Time) []content.StoreEvent {
	day := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	at := func(days, hour, minutes int) time.Time {
		return day.AddDate(0, 0, days).Add(time.Duration(hour)*time.Hour + time.Duration(minutes)*time.Minute)
	}
	return []content.StoreEvent{
		{Title: demoText("草莓试吃", "草莓試吃", "Strawberry tasting"),
			Body:  demoText("尝尝今晨到店的丹东草莓。", "嚐嚐今晨到店的丹東草莓。", "Taste the strawberries that arrived this morning."),
			Place: demoText("入口处", "入口處", "By the entrance"), StartsAt: at(1, 10, 0), EndsAt: at(1, 12, 0)},
		{Title: demoText("包饺子课堂", "包餃子課堂", "Dumpling class"),
			Body:  demoText("跟师傅学包饺子，适合全家参加，免费。", "跟師傅學包餃子，適合全家參加，免費。", "Learn to fold dumplings with our chef. For the whole family, free."),
			Place: demoText("二楼活动室", "二樓活動室", "First-floor event room"), StartsAt: at(2, 15, 0), EndsAt: at(2, 16, 30)},
		{Title: demoText("长辈健康讲座", "長輩健康講座", "Healthy eating talk for seniors"),
			Body:  demoText("营养师讲解少盐少油的家常菜。", "營養師講解少鹽少油的家常菜。", "A dietitian on home cooking with less salt and oil."),
			Place: demoText("二楼活动室", "二樓活動室", "First-floor event room"), StartsAt: at(3, 9, 30), EndsAt: at(3, 10, 30)},
		{Title: demoText("周末农夫市集", "週末農夫市集", "Weekend farmers' market"),
			Body:  demoText("本地农场的新鲜蔬果和手工食品。", "本地農場的新鮮蔬果和手工食品。", "Fresh produce and handmade food from local farms."),
			Place: demoText("停车场", "停車場", "Car park"), StartsAt: at(5, 9, 0), EndsAt: at(5, 17, 0)},
	}
}

// SeedKioskDemo inserts the demo categories, products and store events the
// first time it is called on a database and reports whether it did.
func (s *Store) SeedKioskDemo(ctx context.Context) (bool, error) {
	if _, err := s.Setting(ctx, kioskSeededKey); err == nil {
		return false, nil
	} else if !errors.Is(err, ErrNotFound) {
		return false, fmt.Errorf("store: seed kiosk demo: %w", err)
	}
	now := s.now()
	seeded := false
	err := s.change(ctx, "demo.seed", func(t *Tx) error {
		tx := t.Tx
		var v string
		err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, kioskSeededKey).Scan(&v)
		if err == nil {
			return nil
		} else if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		for _, c := range demoCategories() {
			if err := putCategory(ctx, tx, c, now.UnixMilli()); err != nil {
				return err
			}
		}
		w, err := newProductWriter(ctx, t, ActorFrom(ctx), "demo", now.UnixMilli())
		if err != nil {
			return err
		}
		defer w.close()
		for _, p := range DemoProducts() {
			if _, err := w.upsert(p); err != nil {
				return err
			}
		}
		for _, e := range demoEvents(now.Local()) {
			e.ID, e.UpdatedAt = NewID(), now
			if err := putEvent(ctx, tx, e, true); err != nil {
				return err
			}
		}
		seeded = true
		return setSetting(ctx, tx, kioskSeededKey, now.Format(time.RFC3339), now.UnixMilli())
	})
	if err != nil {
		return false, fmt.Errorf("store: seed kiosk demo: %w", err)
	}
	return seeded, nil
}
