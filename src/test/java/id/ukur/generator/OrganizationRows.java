package id.ukur.generator;

import id.ukur.organization.Role;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Regions, agencies, units, officials and users as the demo data has them: per agency a
 * head, a secretary, a planner and a team member, per unit a head and a staff member, per
 * region its planning agency, inspectorate and administrator; user names follow the demo
 * ({@code g0001-opd01.perencana}, {@code g0001-opd01.bidang1.staf},
 * {@code g0001.bappeda}), every password is the demo's.
 */
final class OrganizationRows {

	private static final String[] AGENCIES = { "Dinas Pendidikan", "Dinas Kesehatan",
			"Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Perumahan dan Kawasan Permukiman",
			"Satuan Polisi Pamong Praja", "Dinas Sosial", "Dinas Tenaga Kerja",
			"Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Dinas Ketahanan Pangan", "Dinas Lingkungan Hidup",
			"Dinas Kependudukan dan Pencatatan Sipil", "Dinas Pemberdayaan Masyarakat dan Desa",
			"Dinas Pengendalian Penduduk dan Keluarga Berencana", "Dinas Perhubungan",
			"Dinas Komunikasi dan Informatika", "Dinas Koperasi dan Usaha Mikro",
			"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Dinas Kepemudaan dan Olahraga",
			"Dinas Perpustakaan dan Kearsipan", "Dinas Perikanan", "Dinas Pariwisata dan Kebudayaan", "Dinas Pertanian",
			"Dinas Perdagangan dan Perindustrian", "Badan Perencanaan Pembangunan Daerah",
			"Badan Pengelolaan Keuangan dan Aset Daerah", "Badan Pendapatan Daerah",
			"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Badan Kesatuan Bangsa dan Politik",
			"Badan Penanggulangan Bencana Daerah", "Inspektorat Daerah", "Sekretariat DPRD",
			"Dinas Pemadam Kebakaran dan Penyelamatan", "Dinas Peternakan dan Kesehatan Hewan", "Dinas Kelautan",
			"Dinas Kebudayaan" };

	private static final String[] NAMES = { "Ahmad", "Siti", "Budi", "Dewi", "Eko", "Fitri", "Hendra", "Indah", "Joko",
			"Kartika", "Lukman", "Maya", "Nur", "Putri", "Rahmat", "Sri", "Taufik", "Wulan", "Yusuf" };

	private final Rows rows;

	private final Ids ids;

	private final String passwordHash;

	private final Instant createdAt;

	OrganizationRows(Rows rows, Ids ids, String passwordHash, Instant createdAt) {
		this.rows = rows;
		this.ids = ids;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
	}

	static void declare(Rows rows) throws SQLException {
		rows.table("region", "id", "code", "name", "kind");
		rows.table("agency", "id", "region_id", "code", "name", "short_name", "address");
		rows.table("unit", "id", "agency_id", "code", "name", "kind");
		rows.table("official", "id", "agency_id", "name", "position_title", "rank_grade", "nip");
		rows.table("app_user", "id", "username", "password_hash", "display_name", "email", "region_id", "agency_id",
				"unit_id", "official_id", "created_at");
		rows.table("role_grant", "app_user", "role");
	}

	Region region(String code, int index) throws SQLException {
		long id = this.ids.next("region");
		String name = regionName(code, index);
		this.rows.add("region", id, code, name, (index % 5 == 4) ? "KOTA" : "KABUPATEN");
		return new Region(id, code, name);
	}

	void regionUsers(long regionId, String code) throws SQLException {
		user(code + ".bappeda", Role.PLANNING_AGENCY, regionId, null, null, null);
		user(code + ".inspektorat", Role.AUDITOR, regionId, null, null, null);
		user(code + ".admin", Role.ADMIN, regionId, null, null, null);
	}

	/**
	 * @return the agency with its units and the user names of its roles
	 */
	Agency agency(long regionId, String code, int index, int units) throws SQLException {
		long id = this.ids.next("agency");
		String name = agencyName(index);
		this.rows.add("agency", id, regionId, code, name, name.replaceAll("[^A-Z]", ""),
				"Jl. Pemuda No. " + (index + 1));
		Map<Role, String> users = new EnumMap<>(Role.class);
		for (Role role : List.of(Role.HEAD, Role.SECRETARY, Role.PLANNER, Role.TEAM)) {
			String key = switch (role) {
				case HEAD -> "kepala";
				case SECRETARY -> "sekretaris";
				case PLANNER -> "perencana";
				default -> "tim";
			};
			Long official = (role == Role.TEAM) ? null : official(id, position(role, name));
			users.put(role, user(code + "." + key, role, regionId, id, null, official));
		}
		Map<String, String> unitHeads = new LinkedHashMap<>();
		List<String> unitCodes = new ArrayList<>();
		for (int u = 0; u < units; u++) {
			String unit = unitCodes(units).get(u);
			long unitId = this.ids.next("unit");
			this.rows.add("unit", unitId, id, unit, (u == 0) ? "Sekretariat" : "Bidang " + u,
					(u == 0) ? "SECRETARIAT" : "DIVISION");
			String prefix = code + "." + unit.toLowerCase() + ".";
			unitHeads.put(unit, user(prefix + "kepala", Role.UNIT_HEAD, regionId, id, unitId,
					official(id, "Kepala " + ((u == 0) ? "Sekretariat" : "Bidang " + u))));
			user(prefix + "staf", Role.UNIT_STAFF, regionId, id, unitId, null);
			unitCodes.add(unit);
		}
		return new Agency(id, code, name, users, unitCodes, unitHeads);
	}

	static String agencyName(int index) {
		return AGENCIES[index % AGENCIES.length] + ((index >= AGENCIES.length) ? " " + (index + 1) : "");
	}

	static String regionName(String code, int index) {
		return ((index % 5 == 4) ? "Kota Sampel " : "Kabupaten Sampel ") + code.toUpperCase();
	}

	/** The secretariat first, then the divisions. */
	static List<String> unitCodes(int units) {
		List<String> codes = new ArrayList<>();
		for (int u = 0; u < units; u++) {
			codes.add((u == 0) ? "SEKRETARIAT" : "BIDANG" + u);
		}
		return codes;
	}

	private long official(long agencyId, String position) throws SQLException {
		long id = this.ids.next("official");
		this.rows.add("official", id, agencyId, person(id), position, "Pembina (IV/a)", nip(id));
		return id;
	}

	private String user(String username, Role role, long regionId, Long agencyId, Long unitId, Long officialId)
			throws SQLException {
		long id = this.ids.next("app_user");
		this.rows.add("app_user", id, username, this.passwordHash, person(id), username + "@sampel.ukur.id", regionId,
				agencyId, unitId, officialId, this.createdAt);
		this.rows.add("role_grant", id, role.name());
		return username;
	}

	private static String position(Role role, String agency) {
		return switch (role) {
			case HEAD -> "Kepala " + agency;
			case SECRETARY -> "Sekretaris " + agency;
			default -> "Kepala Subbagian Perencanaan";
		};
	}

	private static String person(long id) {
		return NAMES[(int) (id % NAMES.length)] + " " + NAMES[(int) ((id / NAMES.length) % NAMES.length)] + " "
				+ "Sampel";
	}

	/**
	 * A valid NIP unique per official id: birth dates in 1950–1967, before any demo NIP.
	 */
	static String nip(long id) {
		long n = id - 1;
		int serial = (int) (n % 999) + 1;
		long days = n / 999;
		int day = 1 + (int) (days % 28);
		int month = 1 + (int) ((days / 28) % 12);
		int year = 1950 + (int) (days / 336);
		return String.format("%04d%02d%02d%04d%02d%d%03d", year, month, day, year + 25, month, 1 + (int) (n % 2),
				serial);
	}

	/** A region as the agencies need it. */
	record Region(long id, String code, String name) {
	}

	/** An agency as the rounds need it. */
	record Agency(long id, String code, String name, Map<Role, String> users, List<String> units,
			Map<String, String> unitHeads) {
	}

}
