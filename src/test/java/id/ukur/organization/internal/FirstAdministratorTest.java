package id.ukur.organization.internal;

import id.ukur.organization.RegionKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The first region's kind as UKUR_REGION_NAME starts. */
class FirstAdministratorTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Kabupaten Purwakarta | KABUPATEN", "Kota Bogor | KOTA", "  kota   Bogor | KOTA",
					"Provinsi Jawa Barat | PROVINSI", "Purwakarta | KABUPATEN", "Kotabaru | KABUPATEN" })
	void theKindFollowsTheName(String name, RegionKind kind) {
		assertThat(FirstAdministrator.kind(name)).isEqualTo(kind);
	}

}
