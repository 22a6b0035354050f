package id.ukur.organization.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * National holidays loaded into every demo region (the 2026 list follows the joint
 * ministerial decree; admins edit the calendar per region and year).
 */
final class DemoHolidays {

	static final Map<LocalDate, String> ALL = new TreeMap<>();

	static {
		put(2026, 1, 1, "Tahun Baru 2026 Masehi");
		put(2026, 1, 16, "Isra Mikraj Nabi Muhammad SAW");
		put(2026, 2, 17, "Tahun Baru Imlek 2577 Kongzili");
		put(2026, 3, 19, "Hari Suci Nyepi Tahun Baru Saka 1948");
		put(2026, 3, 20, "Hari Raya Idul Fitri 1447 Hijriah");
		put(2026, 3, 21, "Hari Raya Idul Fitri 1447 Hijriah");
		put(2026, 4, 3, "Wafat Yesus Kristus");
		put(2026, 4, 5, "Kebangkitan Yesus Kristus (Paskah)");
		put(2026, 5, 1, "Hari Buruh Internasional");
		put(2026, 5, 14, "Kenaikan Yesus Kristus");
		put(2026, 5, 27, "Hari Raya Idul Adha 1447 Hijriah");
		put(2026, 5, 31, "Hari Raya Waisak 2570 BE");
		put(2026, 6, 1, "Hari Lahir Pancasila");
		put(2026, 6, 16, "Tahun Baru Islam 1448 Hijriah");
		put(2026, 8, 17, "Hari Proklamasi Kemerdekaan RI");
		put(2026, 8, 25, "Maulid Nabi Muhammad SAW");
		put(2026, 12, 25, "Hari Raya Natal");
		put(2027, 1, 1, "Tahun Baru 2027 Masehi");
		put(2027, 5, 1, "Hari Buruh Internasional");
		put(2027, 6, 1, "Hari Lahir Pancasila");
		put(2027, 8, 17, "Hari Proklamasi Kemerdekaan RI");
		put(2027, 12, 25, "Hari Raya Natal");
	}

	private DemoHolidays() {
	}

	private static void put(int year, int month, int day, String name) {
		ALL.put(LocalDate.of(year, month, day), name);
	}

}
