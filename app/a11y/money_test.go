package a11y

import "testing"

func TestMoneyWords(t *testing.T) {
	tests := []struct {
		fen            int64
		hans, hant, en string
	}{
		{0, "零元", "零元", "0 yuan"},
		{5, "五分", "五分", "0 yuan 05"},
		{2, "两分", "兩分", "0 yuan 02"},
		{20, "两角", "兩角", "0 yuan 20"},
		{100, "一元", "一元", "1 yuan"},
		{200, "两元", "兩元", "2 yuan"},
		{1000, "十元", "十元", "10 yuan"},
		{1050, "十元五角", "十元五角", "10 yuan 50"},
		{1005, "十元零五分", "十元零五分", "10 yuan 05"},
		{1590, "十五元九角", "十五元九角", "15 yuan 90"},
		{2990, "二十九元九角", "二十九元九角", "29 yuan 90"},
		{2225, "二十二元两角五分", "二十二元兩角五分", "22 yuan 25"},
		{10000, "一百元", "一百元", "100 yuan"},
		{11000, "一百一十元", "一百一十元", "110 yuan"},
		{100101, "一千零一元零一分", "一千零一元零一分", "1001 yuan 01"},
		{1234560, "一万二千三百四十五元六角", "一萬二千三百四十五元六角", "12345 yuan 60"},
		{1050000, "一万零五百元", "一萬零五百元", "10500 yuan"},
		{20000, "两百元", "兩百元", "200 yuan"},
		{2000000, "两万元", "兩萬元", "20000 yuan"},
		{2000100, "两万零一元", "兩萬零一元", "20001 yuan"},
		{20000000, "二十万元", "二十萬元", "200000 yuan"},
		{222222, "两千二百二十二元两角两分", "兩千二百二十二元兩角兩分", "2222 yuan 22"},
		{100000000, "一百万元", "一百萬元", "1000000 yuan"},
		{10000000100, "一亿零一元", "一億零一元", "100000001 yuan"},
		{105000000000, "十亿五千万元", "十億五千萬元", "1050000000 yuan"},
	}
	for _, tt := range tests {
		for _, c := range []struct{ locale, want string }{{"zh-Hans", tt.hans}, {"zh-Hant", tt.hant}, {"en", tt.en}} {
			if got := MoneyWords(c.locale, tt.fen); got != c.want {
				t.Errorf("MoneyWords(%s, %d) = %q; want %q", c.locale, tt.fen, got, c.want)
			}
		}
	}
}

func TestSpeakMoney(t *testing.T) {
	tests := []struct{ locale, in, want string }{
		{"zh-Hans", "有机牛奶 1升，¥15.90，3 号货架", "有机牛奶 1升，十五元九角，3 号货架"},
		{"zh-Hant", "原價 ¥39.90", "原價 三十九元九角"},
		{"en", "Organic milk 1 l, ¥15.90, Aisle 3", "Organic milk 1 l, 15 yuan 90, Aisle 3"},
		{"en", "Was ¥ 1,299.00 now ￥999", "Was 1299 yuan now 999 yuan"},
		{"en", "¥5.5 off", "5 yuan 50 off"},
		{"zh-Hans", "满¥100减¥20", "满一百元减二十元"},
		{"en", "Pay in ¥ at the till", "Pay in yuan at the till"},
		{"zh-Hans", "人民币¥", "人民币元"},
		{"en", "no money here", "no money here"},
		{"en", "¥12.", "12 yuan."},
	}
	for _, tt := range tests {
		if got := SpeakMoney(tt.locale, tt.in); got != tt.want {
			t.Errorf("SpeakMoney(%s, %q) = %q; want %q", tt.locale, tt.in, got, tt.want)
		}
	}
}

func FuzzSpeakMoney(f *testing.F) {
	for _, s := range []string{"¥15.90", "¥1,299.00", "￥", "¥99999999999999999999", "a¥,1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range []string{"zh-Hans", "en"} {
			if out := SpeakMoney(l, s); containsAny(out, "¥￥") {
				t.Fatalf("SpeakMoney(%s, %q) = %q still has a yuan sign", l, s, out)
			}
		}
	})
}

func containsAny(s, chars string) bool {
	for _, r := range s {
		for _, c := range chars {
			if r == c {
				return true
			}
		}
	}
	return false
}
