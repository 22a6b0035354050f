package id.ukur.organization.internal;

import java.util.ArrayList;
import java.util.List;

import id.ukur.organization.DemoAccount;
import id.ukur.organization.RegionKind;
import id.ukur.organization.Role;
import id.ukur.organization.UnitKind;

/**
 * The demo organisation: one region per seed SOP with the seed's agency and the units its
 * SOP names, a second agency in Purwakarta, and the accounts derived from it. Every
 * person is fictional.
 */
final class DemoCatalog {

	static final String PASSWORD = "ukur2026";

	static final List<Region> REGIONS = List.of(
			new Region("lpk", "Kabupaten Lima Puluh Kota", RegionKind.KABUPATEN, List.of(new Agency("lpk-disperinaker",
					"Dinas Perindustrian dan Tenaga Kerja Kabupaten Lima Puluh Kota", "Disperinaker",
					"Jl. Raya Negara Km 7, Sarilamak",
					List.of(new Unit("SEKRETARIAT", "Sekretariat", UnitKind.SECRETARIAT),
							new Unit("PROGRAM", "Sub Koordinator Program dan Pelaporan", UnitKind.SUBDIVISION),
							new Unit("PERINDUSTRIAN", "Bidang Perindustrian", UnitKind.DIVISION),
							new Unit("PELATIHAN", "Bidang Pelatihan dan Penempatan Tenaga Kerja", UnitKind.DIVISION),
							new Unit("HI", "Bidang Hubungan Industrial dan Jaminan Sosial", UnitKind.DIVISION))))),
			new Region("pwk", "Kabupaten Purwakarta", RegionKind.KABUPATEN, List.of(
					new Agency("pwk-dkupp", "Dinas Koperasi, UKM, Perdagangan dan Perindustrian Kabupaten Purwakarta",
							"DKUPP", "Jl. Ibrahim Singadilaga, Purwakarta",
							List.of(new Unit("SEKRETARIAT", "Sekretariat", UnitKind.SECRETARIAT),
									new Unit("KOPERASI", "Bidang Koperasi", UnitKind.DIVISION),
									new Unit("UKM", "Bidang Usaha Kecil dan Menengah", UnitKind.DIVISION),
									new Unit("PERDAGANGAN", "Bidang Perdagangan", UnitKind.DIVISION),
									new Unit("PERINDUSTRIAN", "Bidang Perindustrian", UnitKind.DIVISION))),
					new Agency("pwk-dinkes", "Dinas Kesehatan Kabupaten Purwakarta", "Dinkes",
							"Jl. Veteran, Purwakarta",
							List.of(new Unit("SEKRETARIAT", "Sekretariat", UnitKind.SECRETARIAT),
									new Unit("KESMAS", "Bidang Kesehatan Masyarakat", UnitKind.DIVISION),
									new Unit("P2P", "Bidang Pencegahan dan Pengendalian Penyakit", UnitKind.DIVISION),
									new Unit("YANKES", "Bidang Pelayanan Kesehatan", UnitKind.DIVISION))))),
			new Region("pbl", "Kota Probolinggo", RegionKind.KOTA,
					List.of(new Agency("pbl-disperinaker", "Dinas Perindustrian dan Tenaga Kerja Kota Probolinggo",
							"Disperinaker", "Jl. Mastrip, Kota Probolinggo",
							List.of(new Unit("SEKRETARIAT", "Sekretariat", UnitKind.SECRETARIAT),
									new Unit("PROGKEU", "Sub Bagian Program dan Keuangan", UnitKind.SUBDIVISION),
									new Unit("PERINDUSTRIAN", "Bidang Perindustrian", UnitKind.DIVISION),
									new Unit("NAKER", "Bidang Tenaga Kerja", UnitKind.DIVISION))))),
			new Region("lmg", "Kabupaten Lamongan", RegionKind.KABUPATEN, List.of(new Agency("lmg-disnaker",
					"Dinas Tenaga Kerja Kabupaten Lamongan", "Disnaker", "Jl. Kombespol M. Duryat, Lamongan",
					List.of(new Unit("SEKRETARIAT", "Sekretariat", UnitKind.SECRETARIAT),
							new Unit("PROGEV", "Sub Bagian Program dan Evaluasi", UnitKind.SUBDIVISION),
							new Unit("PENTA", "Bidang Penempatan dan Perluasan Kesempatan Kerja", UnitKind.DIVISION),
							new Unit("PELATIHAN", "Bidang Pelatihan dan Produktivitas", UnitKind.DIVISION),
							new Unit("HI", "Bidang Hubungan Industrial dan Jaminan Sosial", UnitKind.DIVISION))))),
			new Region("wkn", "Kabupaten Way Kanan", RegionKind.KABUPATEN, List
				.of(new Agency("wkn-dpmk", "Dinas Pemberdayaan Masyarakat dan Kampung Kabupaten Way Kanan", "Dinas PMK",
						"Jl. Jenderal Sudirman, Blambangan Umpu",
						List.of(new Unit("SEKRETARIAT", "Sekretariat", UnitKind.SECRETARIAT),
								new Unit("PEMKAM", "Bidang Pemerintahan Kampung", UnitKind.DIVISION),
								new Unit("PM", "Bidang Pemberdayaan Masyarakat", UnitKind.DIVISION),
								new Unit("EKONOMI", "Bidang Ekonomi dan Pembangunan Kampung", UnitKind.DIVISION))))));

	private DemoCatalog() {
	}

	/**
	 * @return every demo account in a stable order: per region, its agencies, then region
	 * roles
	 */
	static List<DemoAccount> accounts() {
		List<DemoAccount> accounts = new ArrayList<>();
		for (Region region : REGIONS) {
			for (Agency agency : region.agencies()) {
				for (Role role : List.of(Role.HEAD, Role.SECRETARY, Role.PLANNER, Role.TEAM)) {
					accounts.add(new DemoAccount(agency.code() + "." + agencyRoleKey(role), PASSWORD, role,
							agency.code(), "", region.name(), agency.name()));
				}
				for (Unit unit : agency.units()) {
					String prefix = agency.code() + "." + unit.code().toLowerCase() + ".";
					// a unit's people are shown with the unit's name, not its code
					accounts.add(new DemoAccount(prefix + "kepala", PASSWORD, Role.UNIT_HEAD, agency.code(),
							unit.code(), region.name(), unit.name()));
					accounts.add(new DemoAccount(prefix + "staf", PASSWORD, Role.UNIT_STAFF, agency.code(), unit.code(),
							region.name(), unit.name()));
				}
			}
			accounts.add(new DemoAccount(region.code() + ".bappeda", PASSWORD, Role.PLANNING_AGENCY, region.code(), "",
					region.name(), region.name()));
			accounts.add(new DemoAccount(region.code() + ".inspektorat", PASSWORD, Role.AUDITOR, region.code(), "",
					region.name(), region.name()));
			accounts.add(new DemoAccount(region.code() + ".admin", PASSWORD, Role.ADMIN, region.code(), "",
					region.name(), region.name()));
		}
		return accounts;
	}

	private static String agencyRoleKey(Role role) {
		return switch (role) {
			case HEAD -> "kepala";
			case SECRETARY -> "sekretaris";
			case PLANNER -> "perencana";
			case TEAM -> "tim";
			default -> throw new IllegalArgumentException(role.name());
		};
	}

	record Region(String code, String name, RegionKind kind, List<Agency> agencies) {
	}

	record Agency(String code, String name, String shortName, String address, List<Unit> units) {
	}

	record Unit(String code, String name, UnitKind kind) {
	}

}
